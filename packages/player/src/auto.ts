// Entry of the bundle a packaged lesson loads: play every lesson on the page.
import {launchAll} from './launch.js';

void launchAll();
