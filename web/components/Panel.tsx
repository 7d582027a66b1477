import type { HTMLAttributes, ReactNode } from 'react';

/**
 * A titled box. Ant Design's Card would do, but it brings Tabs along (~25 KB gzipped) and the consumer's
 * phone page is on a budget.
 */
export function Panel({
  title,
  extra,
  children,
  ...rest
}: { title?: ReactNode; extra?: ReactNode; children?: ReactNode } & Omit<HTMLAttributes<HTMLElement>, 'title'>) {
  return (
    <section className="hj-panel" {...rest}>
      {title || extra ? (
        <header className="hj-panel-head">
          <h3>{title}</h3>
          {extra ? <div>{extra}</div> : null}
        </header>
      ) : null}
      <div className="hj-panel-body">{children}</div>
    </section>
  );
}
