// Dialogs grow with what they show: a result line, a problem, a longer
// translation. growToFit() makes a dialog at least as large as its contents
// need at its current width (word-wrapped labels included); it never shrinks
// one the user made larger.
#pragma once

class QWidget;

namespace browser {

void growToFit(QWidget* dialog);

}  // namespace browser
