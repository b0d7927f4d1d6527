// A sort of the key table in emdb-browser-bench: the Size header of
// `window` (the file open there) clicked, timed to the first row of the new
// order and to a page in its middle, with the longest event-loop stall
// meanwhile; then back to key order. Prints one line; false when the order
// was not built within ten minutes.
#pragma once

namespace browser {
class MainWindow;
}

bool measureSortBySize(browser::MainWindow& window);
