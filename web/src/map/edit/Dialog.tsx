import { type ReactNode, useEffect, useId, useRef } from 'react';

/**
 * A modal dialog on the native <dialog>: the browser traps focus, Escape closes it and focus
 * returns to the button that opened it.
 */
export function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

export interface FieldIssue {
  /** The field it is about, or '' for the form as a whole. */
  field: string;
  message: string;
}

/**
 * The end of an editing dialog's form: what stops it from saving (announced), then Save, Cancel
 * and, for something that exists already, Delete.
 */
export function DialogFormFooter({
  issues,
  invalidTitle,
  saveLabel,
  cancelLabel,
  onCancel,
  deleteLabel,
  onDelete,
}: {
  issues: readonly FieldIssue[];
  invalidTitle: string;
  saveLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  deleteLabel: string;
  /** Absent for a new item: nothing to delete yet. */
  onDelete?: () => void;
}) {
  return (
    <>
      {issues.length > 0 && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{invalidTitle}</p>
          <ul>
            {issues.map((issue) => (
              <li key={`${issue.field}:${issue.message}`}>
                {issue.field ? `${issue.field}: ` : ''}
                {issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="dialog-buttons">
        <button type="submit" className="button button-primary">
          {saveLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
        {onDelete && (
          <button type="button" className="button button-danger" onClick={onDelete}>
            {deleteLabel}
          </button>
        )}
      </div>
    </>
  );
}
