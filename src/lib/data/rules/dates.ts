/** Dates against the article: what it reports happened before it was published. */
import type { Problem } from '../problems.ts';
import type { Rule } from './context.ts';

/**
 * An event cannot start after the article reporting it was published. Its `dateEnd` may:
 * an article can report a period still under way ("in less than two weeks").
 */
export const eventsBeforePublication: Rule = ({ meta, features, placesFile: file }) => {
  if (!meta) return [];
  const problems: Problem[] = [];
  for (const { feature } of features) {
    feature.properties.events.forEach((event, i) => {
      if (event.date > meta.published) {
        problems.push({
          file,
          feature: feature.id,
          field: `properties.events[${i}].date`,
          message: `${event.date} is after the story was published (${meta.published})`,
        });
      }
    });
  }
  return problems;
};
