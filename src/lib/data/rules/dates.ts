/** Dates against the article: what it reports happened before it was published. */
import type { Problem } from '../problems.ts';
import { asOfDay } from '../schema.ts';
import type { Rule } from './context.ts';

/**
 * An event cannot start after the story reporting it was published, or last updated: an
 * update may report what happened since (its change-log entry's day is the bound). Its
 * `dateEnd` may: an article can report a period still under way ("in less than two weeks").
 */
export const eventsBeforePublication: Rule = ({ meta, features, placesFile: file }) => {
  if (!meta) return [];
  const bound = asOfDay(meta);
  const after =
    bound === meta.published
      ? `after the story was published (${meta.published})`
      : `after the story's last update (${bound})`;
  const problems: Problem[] = [];
  for (const { feature } of features) {
    feature.properties.events.forEach((event, i) => {
      if (event.date > bound) {
        problems.push({
          file,
          feature: feature.id,
          field: `properties.events[${i}].date`,
          message: `${event.date} is ${after}`,
        });
      }
    });
  }
  return problems;
};
