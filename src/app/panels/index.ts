// The panel registry: every panel of the page, mounted in this order by main.ts. A new panel is a
// module exporting a `Panel` (mount(app): render from the store, change it through reducers), added here.
import type { Panel } from '../app.js';
import { appearancePanel } from './appearance.js';
import { exportPanel } from './export.js';
import { filterPanel } from './filter.js';
import { findPanel } from './find.js';
import { headerPanel } from './header.js';
import { importedPanel } from './imported.js';
import { isolatesCaptionPanel } from './isolates-caption.js';
import { layoutPanel } from './layout.js';
import { userSpecPanel } from './user-spec.js';
import { zoomPanel } from './zoom.js';
import { networkPanel } from './network.js';
import { nodePanel } from './node.js';
import { scenarioPanel } from './scenario.js';
import { summaryPanel } from './summary.js';
import { tablePanel } from './table.js';
import { urlNotesPanel } from './url-notes.js';

export const PANELS: readonly Panel[] = [headerPanel, networkPanel, appearancePanel, findPanel, filterPanel, exportPanel, urlNotesPanel, summaryPanel, tablePanel, nodePanel, scenarioPanel, zoomPanel, isolatesCaptionPanel, importedPanel, layoutPanel, userSpecPanel];

export { readNetworkInputs } from './network.js';
export { download } from './export.js';
export { byId } from './dom-ids.js';
