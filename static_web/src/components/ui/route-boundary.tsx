import { Box, Button, Heading, Text } from "@chakra-ui/react";
import { QueryErrorResetBoundary } from "@tanstack/react-query";
import { Component, Suspense, type ErrorInfo, type ReactNode } from "react";
import { describeError } from "@/lib/problem";
import { LoadingState } from "./states";

interface BoundaryProps {
  name: string;
  onReset: () => void;
  children: ReactNode;
}

class ErrorBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`[${this.props.name}]`, error, info.componentStack);
  }

  reset = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error) return <RouteFailure name={this.props.name} error={this.state.error} onRetry={this.reset} />;
    return this.props.children;
  }
}

function RouteFailure({ name, error, onRetry }: { name: string; error: unknown; onRetry: () => void }) {
  return (
    <Box role="alert" p="6" borderWidth="1px" borderRadius="md" borderColor="border.error">
      <Heading as="h1" size="md">
        {name} failed to load
      </Heading>
      <Text mt="2">{describeError(error)}</Text>
      <Button mt="4" onClick={onRetry}>
        Try again
      </Button>
    </Box>
  );
}

/** One per route: a render error in one screen never blanks the whole app; retry resets its queries. */
export function RouteBoundary({ name, children }: { name: string; children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary name={name} onReset={reset}>
          <Suspense fallback={<LoadingState label={`Loading ${name}…`} />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

/** The last resort outside any screen's boundary (a shell or guard that threw): reload the app. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error("[App]", error, info.componentStack);
  }

  override render() {
    return this.state.error ? <RouteLoadError error={this.state.error} /> : this.props.children;
  }
}

function RouteLoadError({ error }: { error: unknown }) {
  return (
    <Box p="6" role="alert">
      <Heading as="h1" size="md">
        This page could not be loaded
      </Heading>
      <Text mt="2">{describeError(error)}</Text>
      <Button mt="4" onClick={() => window.location.reload()}>
        Reload
      </Button>
    </Box>
  );
}
