import { Component, type ErrorInfo, type ReactNode, Suspense } from 'react';
import { useLocation } from 'react-router';
import { LoadError, PageLoader } from '../query-state.js';

/**
 * Where a page loaded on demand appears: an announced loader while its code arrives, and, if it
 * cannot arrive (the connection dropped, or a new release replaced the files), a message with a
 * way out. Going to another page clears the message.
 */
export function PageBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <PageErrorBoundary pathname={pathname}>
      <Suspense fallback={<PageLoader label="Loading the page" />}>{children}</Suspense>
    </PageErrorBoundary>
  );
}

interface PageErrorBoundaryState {
  hasFailed: boolean;
  error: unknown;
  pathname: string;
}

class PageErrorBoundary extends Component<{ pathname: string; children: ReactNode }, PageErrorBoundaryState> {
  override state: PageErrorBoundaryState = {
    hasFailed: false,
    error: undefined,
    pathname: this.props.pathname,
  };

  static getDerivedStateFromError(error: unknown): Partial<PageErrorBoundaryState> {
    return { hasFailed: true, error };
  }

  static getDerivedStateFromProps(
    props: { pathname: string },
    state: PageErrorBoundaryState,
  ): Partial<PageErrorBoundaryState> | null {
    return props.pathname === state.pathname
      ? null
      : { hasFailed: false, error: undefined, pathname: props.pathname };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A page failed to load or render', error, info.componentStack);
  }

  override render() {
    if (!this.state.hasFailed) return this.props.children;
    return (
      <LoadError
        title="This page could not be shown"
        error={this.state.error}
        // Loading the page again fetches the current release's files.
        onRetry={() => window.location.reload()}
      />
    );
  }
}
