import { Component, type ReactNode } from 'react';
import { RouteError } from './route-error';

interface Props {
  /** A new value (the next navigation) clears the error and renders the children again. */
  resetKey: unknown;
  standalone?: boolean;
  children: ReactNode;
}

interface State {
  failed: boolean;
  error: unknown;
  resetKey: unknown;
}

/**
 * Shows `RouteError` in place of children that threw while rendering, or whose lazily loaded code
 * failed to download, until the user goes elsewhere.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failed: true, error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey
      ? null
      : { failed: false, error: undefined, resetKey: props.resetKey };
  }

  override render() {
    const { failed, error } = this.state;
    if (!failed) return this.props.children;
    return <RouteError error={error} standalone={this.props.standalone} />;
  }
}
