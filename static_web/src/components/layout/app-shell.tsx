import { Box, Button, Flex, HStack, Link as ChakraLink, Stack, Text } from "@chakra-ui/react";
import { lazy, Suspense, useLayoutEffect, useRef } from "react";
import { NavLink, Outlet } from "react-router";
import { isAdmin, useAuth } from "@/lib/auth";
import { useColorMode } from "@/lib/color-mode";
import { WorkoutInProgressBar } from "./workout-bar";

// "Waiting to sync (n)" and its dialog, and a sign-out that asks while workouts wait, come with the outbox after the
// first render (the first download stays small); until then a plain sign-out button stands in.
const SyncStatus = lazy(() => import("./sync-status"));
const OfflineBanner = lazy(() => import("./sync-status").then((m) => ({ default: m.OfflineBanner })));

const NAV = [
  { to: "/", label: "Dashboard", end: true },
  { to: "/plan", label: "Plan" },
  { to: "/log", label: "Log" },
  { to: "/progress", label: "Progress" },
  { to: "/coach", label: "Coach" },
  { to: "/account", label: "Account" },
] as const;

export function ColorModeButton() {
  const { mode, toggle } = useColorMode();
  return (
    <Button size="sm" variant="ghost" onClick={toggle} aria-label={mode === "dark" ? "Switch to light mode" : "Switch to dark mode"}>
      {mode === "dark" ? "☀" : "☾"}
    </Button>
  );
}

function NavItem({ to, label, end }: { to: string; label: string; end?: boolean }) {
  return (
    <ChakraLink
      asChild
      px={{ base: "2", md: "3" }}
      py="2"
      borderRadius="md"
      fontWeight="medium"
      fontSize={{ base: "xs", md: "md" }}
      whiteSpace="nowrap"
      color="fg"
      textDecoration="none"
      flex={{ base: "1", md: "none" }}
      justifyContent={{ base: "center", md: "flex-start" }}
      _hover={{ bg: "bg.muted" }}
      css={{ "&[aria-current=page]": { bg: "brand.muted", color: "brand.fg" } }}
    >
      <NavLink to={to} end={end}>
        {label}
      </NavLink>
    </ChakraLink>
  );
}

/** The first stop for keyboard users: straight past the header and navigation to the screen itself. */
function SkipLink() {
  return (
    <ChakraLink
      href="#main"
      position="absolute"
      left="2"
      top="2"
      zIndex="skipNav"
      px="3"
      py="2"
      bg="bg.panel"
      borderWidth="1px"
      borderRadius="md"
      transform="translateY(-200%)"
      _focusVisible={{ transform: "none" }}
      onClick={(e) => {
        e.preventDefault();
        document.getElementById("main")?.focus();
      }}
    >
      Skip to main content
    </ChakraLink>
  );
}

/** What sticks under the header (the rest timer, the workout bar, the desktop nav) sits this far down: the header's
 * real height, which grows with the offline banner and a wrapped row of buttons, so nothing covers the banner. */
export const BELOW_HEADER = "var(--vigor-header-h, 3.5rem)";

function useHeaderHeight() {
  const ref = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const header = ref.current;
    if (!header) return;
    const root = document.documentElement;
    const set = () => root.style.setProperty("--vigor-header-h", `${Math.ceil(header.getBoundingClientRect().height)}px`);
    set();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(set);
    observer.observe(header);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--vigor-header-h");
    };
  }, []);
  return ref;
}

/** Header + main navigation (a bottom bar on phones, a sidebar on desktop) around each screen. */
export function AppShell() {
  const { user, signOut } = useAuth();
  const header = useHeaderHeight();
  const items = isAdmin(user) ? [...NAV, { to: "/admin", label: "Admin" }] : NAV;
  return (
    <Flex direction="column" minH="100dvh">
      <SkipLink />
      <Box as="header" ref={header} borderBottomWidth="1px" px={{ base: "3", md: "6" }} py="2" bg="bg.panel" position="sticky" top="0" zIndex="sticky">
        {/* The controls wrap to a second row rather than push the page wider than a 375 px phone
            ("Waiting to sync (1)" and "Sign out" together did: 380 px). */}
        <HStack justify="space-between" flexWrap="wrap" rowGap="1">
          <Text fontWeight="bold" fontSize="xl" color="brand.fg">
            Vigor
          </Text>
          <HStack gap="1" flexWrap="wrap" justify="end" ml="auto" minW="0">
            <Text display={{ base: "none", md: "block" }} color="fg.muted" fontSize="sm" mr="2">
              {user?.display_name || user?.email}
            </Text>
            <ColorModeButton />
            <Suspense
              fallback={
                <Button size="sm" variant="outline" onClick={() => void signOut()}>
                  Sign out
                </Button>
              }
            >
              <SyncStatus signOut={signOut} />
            </Suspense>
          </HStack>
        </HStack>
        <Suspense fallback={null}>
          <OfflineBanner />
        </Suspense>
      </Box>
      <Flex flex="1" direction={{ base: "column", md: "row" }}>
        <Box
          as="nav"
          aria-label="Main"
          position={{ base: "fixed", md: "sticky" }}
          bottom={{ base: "0", md: "auto" }}
          top={{ base: "auto", md: BELOW_HEADER }}
          left="0"
          right="0"
          zIndex="docked"
          bg="bg.panel"
          borderTopWidth={{ base: "1px", md: "0" }}
          borderRightWidth={{ base: "0", md: "1px" }}
          w={{ base: "full", md: "52" }}
          h={{ md: `calc(100dvh - ${BELOW_HEADER})` }}
          p={{ base: "1", md: "3" }}
        >
          {/* On phones the bar wraps to a second row when the labels do not fit (seven with Admin): it never
              scrolls sideways or cuts a label ("Dashboard" was shown as "hboard"). */}
          <Stack as="ul" listStyleType="none" direction={{ base: "row", md: "column" }} flexWrap={{ base: "wrap", md: "nowrap" }} gap={{ base: "0", md: "1" }} m="0" p="0">
            {items.map((item) => (
              <Box as="li" key={item.to} display="flex" flex={{ base: "1 0 auto", md: "none" }}>
                <NavItem {...item} />
              </Box>
            ))}
          </Stack>
        </Box>
        <Box as="main" id="main" tabIndex={-1} outline="none" flex="1" minW="0" px={{ base: "3", md: "8" }} py={{ base: "4", md: "6" }} pb={{ base: "24", md: "6" }}>
          <WorkoutInProgressBar />
          <Outlet />
        </Box>
      </Flex>
    </Flex>
  );
}

/** Sign-in, registration and onboarding: no navigation, just the brand and the mode toggle. */
export function PublicShell() {
  return (
    <Flex direction="column" minH="100dvh">
      <SkipLink />
      <HStack as="header" justify="space-between" px={{ base: "3", md: "6" }} py="2" borderBottomWidth="1px">
        <Text fontWeight="bold" fontSize="xl" color="brand.fg">
          Vigor
        </Text>
        <ColorModeButton />
      </HStack>
      <Box as="main" id="main" tabIndex={-1} outline="none" flex="1" px={{ base: "3", md: "6" }} py="8" display="flex" justifyContent="center">
        <Outlet />
      </Box>
    </Flex>
  );
}
