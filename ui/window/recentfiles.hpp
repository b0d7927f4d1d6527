// RecentFiles: the files opened last, kept in QSettings, as a menu.
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace browser {

class RecentFiles : public QObject {
  Q_OBJECT
 public:
  static constexpr int kMaximum = 10;
  RecentFiles(QMenu* menu, QObject* parent = nullptr);
  void add(const QString& path);
  void remove(const QString& path);
  QStringList files() const;

 Q_SIGNALS:
  void chosen(const QString& path);

 private:
  void rebuild();
  QMenu* menu_;
};

}  // namespace browser
