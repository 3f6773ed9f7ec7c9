import { Alert, Button, Stack } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';

/** Shown when a page fails to render or load: a plain message, never a stack trace. */
export function RouteErrorPage({ reset }: ErrorComponentProps) {
  return (
    <Stack align="flex-start">
      <Alert color="red" title="This page could not be shown" role="alert">
        Something went wrong while loading this page. Try again; if it keeps failing, tell your administrator.
      </Alert>
      <Button variant="light" onClick={reset}>
        Try again
      </Button>
    </Stack>
  );
}
