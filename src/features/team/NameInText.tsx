/** Stands for the name while the message is made, so it can be cut out again. */
const SLOT = '\uE000';

/**
 * A message with a person's name in it, the name kept in its own writing direction (an Arabic
 * name in an English sentence, or the other way round): `<NameInText name={n} text={(name) => t`Erase ${name}`} />`.
 * The whole sentence stays one message for translators; only the name is set apart.
 */
export function NameInText({ name, text }: { name: string; text: (name: string) => string }) {
  const [before = '', after = ''] = text(SLOT).split(SLOT);
  return (
    <>
      {before}
      <bdi>{name}</bdi>
      {after}
    </>
  );
}
