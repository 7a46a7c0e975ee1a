import { Component, type ErrorInfo, Fragment, type ReactNode } from "react";

interface State {
  error: Error | null;
  /** Bumped by "Reload the graph" so the canvas mounts afresh. */
  attempt: number;
}

/**
 * Keeps a renderer failure inside the graph area: the panels stay usable, and the graph can be
 * mounted again without reloading the page (the dataset and the view live in the store).
 */
export class GraphErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("The graph failed to render", error, info.componentStack);
  }

  render() {
    const { error, attempt } = this.state;
    if (error) {
      return (
        <div className="graph-error" role="alert">
          <h2>The graph could not be drawn</h2>
          <p className="graph-error-message">{error.message}</p>
          <p>The panels still work. The dataset and your view are kept.</p>
          <button type="button" onClick={() => this.setState({ error: null, attempt: attempt + 1 })}>
            Reload the graph
          </button>
        </div>
      );
    }
    return <Fragment key={attempt}>{this.props.children}</Fragment>;
  }
}
