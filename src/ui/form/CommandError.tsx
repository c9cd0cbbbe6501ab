import './form.css';

/** Why a command did nothing, said once, where the person is looking, and read out at once. */
export function CommandError({ error }: { error: string | null | undefined }) {
  if (!error) return null;
  return (
    <p class="error command-error" role="alert">
      {error}
    </p>
  );
}
