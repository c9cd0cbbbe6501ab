import type { Section } from './section';

/** What a section shows until its job is built: what will live there, in plain words. */
export function comingSoon(section: Omit<Section, 'Screen'> & { details: string[] }): Section {
  return {
    ...section,
    Screen: () => (
      <section class="coming-soon" aria-labelledby="coming-soon-title">
        <h2 id="coming-soon-title">Coming soon</h2>
        <p>{section.summary}</p>
        <ul>
          {section.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </section>
    ),
  };
}
