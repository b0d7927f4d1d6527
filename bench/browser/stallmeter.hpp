// StallMeter: the longest time the event loop was busy with something else,
// measured as the longest gap between ticks of a 1 ms timer.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <algorithm>

class StallMeter : public QObject {
 public:
  StallMeter() {
    timer_.setInterval(1);
    timer_.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer_, &QTimer::timeout, this, [this] {
      const qint64 now = clock_.nsecsElapsed();
      if (last_ >= 0) worst_ = std::max(worst_, now - last_);
      last_ = now;
    });
    clock_.start();
    timer_.start();
  }
  // From now on: a busy spell that began before the next tick counts from here.
  void reset() {
    worst_ = 0;
    last_ = clock_.nsecsElapsed();
  }
  double worstMs() const { return double(worst_) / 1e6; }

 private:
  QTimer timer_;
  QElapsedTimer clock_;
  qint64 last_ = -1, worst_ = 0;
};

