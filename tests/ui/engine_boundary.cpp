// Must not compile: the browser's widgets, dialogs, models and window reach
// the engine only through ui/core, so emdb_ui does not pass on the engine's
// headers (tests/ui/engine_boundary.sh builds this and expects that error).
#include <emdb/emdb.hpp>

int engine_boundary_probe() { return 0; }
