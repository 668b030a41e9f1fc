import { ChakraProvider } from "@chakra-ui/react";
import { act, render, screen } from "@testing-library/react";
import { system } from "@/app/theme";
import { RestTimer } from "./rest-timer";

it("the rest timer counts down, then buzzes and says rest is over", () => {
  vi.useFakeTimers();
  const vibrate = vi.fn();
  vi.stubGlobal("navigator", { ...navigator, vibrate });
  render(
    <ChakraProvider value={system}>
      <RestTimer endsAt={Date.now() + 3000} total={3} onAdjust={() => {}} onSkip={() => {}} />
    </ChakraProvider>,
  );
  expect(screen.getByRole("timer")).toHaveTextContent("Rest 0:03");
  act(() => vi.advanceTimersByTime(1100));
  expect(screen.getByRole("timer")).toHaveTextContent("Rest 0:02");
  act(() => vi.advanceTimersByTime(3000));
  expect(screen.getByText("Rest is over. Next set.")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Close timer" })).toBeInTheDocument();
  expect(vibrate).toHaveBeenCalledTimes(1);
});

it("a rest that was already over when the timer appears (a reload) is not signalled again", () => {
  const vibrate = vi.fn();
  vi.stubGlobal("navigator", { ...navigator, vibrate });
  render(
    <ChakraProvider value={system}>
      <RestTimer endsAt={Date.now() - 20_000} total={90} onAdjust={() => {}} onSkip={() => {}} />
    </ChakraProvider>,
  );
  expect(screen.getByRole("timer")).toHaveTextContent("Rest 0:00");
  expect(vibrate).not.toHaveBeenCalled();
});
