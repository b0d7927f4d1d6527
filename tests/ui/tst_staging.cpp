// What is staged is what the window shows: keys that edits add appear in the
// table where they will sort, renames show both names, the value panel
// follows deletions and applied values; and the keyboard reaches the filter,
// which applies as the user types.
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QUndoStack>

#include "core/pendingedits.hpp"
#include "core/translations.hpp"
#include "ui_support.hpp"
#include "widgets/rangefilter.hpp"
#include "widgets/valuepanel.hpp"
#include "window/recordactions.hpp"

using namespace browser;

namespace {

QString qpath(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

// a, c, e and g in the default namespace (values "value-<key>"), x in "other".
std::filesystem::path makeDatabase(const QTemporaryDir& dir) {
  const auto path = testing::temp_db(dir);
  auto db = MUST(emdb::Database::builder().path(path).build());
  for (const char* k : {"a", "c", "e", "g"}) MUST(db.insert(k, std::string("value-") + k));
  auto other = MUST(db.open_namespace("other"));
  MUST(other.insert("x", "1"));
  MUST(db.flush());
  return path;
}

bool waitForKeys(MainWindow& w, const QList<QByteArray>& keys) {
  if (QTest::qWaitFor([&] { return uitest::allRowsLoaded(w) && uitest::tableKeys(w) == keys; }, 10000)) return true;
  qWarning() << "the table shows" << uitest::tableKeys(w) << "not" << keys;
  return false;
}

// Opens the database of makeDatabase() and waits for its default namespace.
bool openShowingDefault(MainWindow& w, const std::filesystem::path& path) {
  return uitest::openAndWait(w, qpath(path)) && uitest::showNamespace(w, {}) && waitForKeys(w, {"a", "c", "e", "g"});
}

QString filterStatus(MainWindow& w) {
  return w.rangeFilter()->findChild<QLabel*>(QStringLiteral("filterStatus"))->text();
}

bool isAdded(MainWindow& w, const QByteArray& key) {
  const int row = uitest::rowOf(w, key);
  return row >= 0 && w.keyModel()->data(w.keyModel()->index(row, 0), KeyTableModel::AddedRole).toBool();
}

void choose(MainWindow& w, const QByteArray& key) {
  const int row = uitest::rowOf(w, key);
  w.keyTable()->setCurrentIndex(w.keyModel()->index(row, 0));
  w.keyTable()->selectRow(row);
}

}  // namespace

class TestStaging : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    uitest::isolateSettings();
    installTranslations(QStringLiteral("en"));  // English plurals, as the application installs them
  }

  // A record that an edit adds shows in its place, marked, and counts; undo
  // takes it away; writing keeps it where it is, no longer new.
  void added_records_show_in_the_table() {
    QTemporaryDir dir;
    const auto path = makeDatabase(dir);
    MainWindow w;
    w.show();
    QVERIFY(openShowingDefault(w, path));
    QTRY_COMPARE(filterStatus(w), QStringLiteral("4 keys"));

    PendingEdits* pending = w.pendingEdits();
    pending->put({}, "newkey:1", "fresh", std::nullopt, QStringLiteral("add"));
    pending->put({}, "0first", "zero", std::nullopt, QStringLiteral("add"));
    pending->put({}, "b", "bee", std::nullopt, QStringLiteral("add"));
    pending->put({}, "c", "changed", std::nullopt, QStringLiteral("edit"));  // stored: not a new row
    QVERIFY(waitForKeys(w, {"0first", "a", "b", "c", "e", "g", "newkey:1"}));
    QVERIFY(isAdded(w, "0first") && isAdded(w, "b") && isAdded(w, "newkey:1"));
    QVERIFY(!isAdded(w, "a") && !isAdded(w, "c"));
    QCOMPARE(uitest::cell(w, uitest::rowOf(w, "b"), KeyTableModel::ValueColumn), QStringLiteral("bee"));
    QCOMPARE(uitest::cell(w, uitest::rowOf(w, "b"), KeyTableModel::SizeColumn), QStringLiteral("3 bytes"));
    QTRY_COMPARE(filterStatus(w), QStringLiteral("7 keys · 3 new when written"));
    // The stored rows around the new ones still show their own values.
    QCOMPARE(uitest::cell(w, uitest::rowOf(w, "e"), KeyTableModel::ValueColumn), QStringLiteral("value-e"));
    QCOMPARE(uitest::cell(w, uitest::rowOf(w, "c"), KeyTableModel::ValueColumn), QStringLiteral("changed"));

    pending->stack()->undo();  // the edit of c
    pending->stack()->undo();  // b
    QVERIFY(waitForKeys(w, {"0first", "a", "c", "e", "g", "newkey:1"}));
    pending->stack()->redo();
    QVERIFY(waitForKeys(w, {"0first", "a", "b", "c", "e", "g", "newkey:1"}));

    QSignalSpy written(pending, &PendingEdits::written);
    w.writeChangesAction()->trigger();
    QVERIFY(written.wait(10000));
    QTRY_VERIFY(!isAdded(w, "0first") && !isAdded(w, "b") && !isAdded(w, "newkey:1"));
    QVERIFY(waitForKeys(w, {"0first", "a", "b", "c", "e", "g", "newkey:1"}));
    QTRY_COMPARE(filterStatus(w), QStringLiteral("7 keys"));
  }

  // A rename shows the old name struck through and the new one as a new row;
  // the filter decides about new rows as it does about stored ones.
  void renames_and_filters_show_new_names() {
    QTemporaryDir dir;
    const auto path = makeDatabase(dir);
    MainWindow w;
    w.show();
    QVERIFY(openShowingDefault(w, path));
    w.pendingEdits()->rename({}, "c", "f", "value-c", 0);
    QVERIFY(waitForKeys(w, {"a", "c", "e", "f", "g"}));
    QVERIFY(isAdded(w, "f"));
    const QModelIndex old = w.keyModel()->index(uitest::rowOf(w, "c"), 0);
    QVERIFY(w.keyModel()->data(old, Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(uitest::cell(w, uitest::rowOf(w, "f"), KeyTableModel::ValueColumn), QStringLiteral("value-c"));

    // A pattern scan lists the new name among its matches, in order.
    auto* pattern = w.rangeFilter()->findChild<QLineEdit*>(QStringLiteral("filterPattern"));
    pattern->setText(QStringLiteral("[cf]"));
    auto* syntax = w.rangeFilter()->findChild<QComboBox*>(QStringLiteral("patternSyntax"));
    syntax->setCurrentIndex(1);  // Regex
    QMetaObject::invokeMethod(pattern, "returnPressed");
    QVERIFY(waitForKeys(w, {"c", "f"}));
    // A prefix leaves it out.
    pattern->clear();
    auto* prefix = w.rangeFilter()->findChild<QLineEdit*>(QStringLiteral("filterPrefix"));
    prefix->setText(QStringLiteral("e"));
    QMetaObject::invokeMethod(prefix, "returnPressed");
    QVERIFY(waitForKeys(w, {"e"}));
    // Another namespace shows none of them.
    w.rangeFilter()->clear();
    QVERIFY(uitest::showNamespace(w, "other"));
    QVERIFY(waitForKeys(w, {"x"}));
  }

  // The value panel shows what is staged: a deleted record's value goes, an
  // applied value shows its new size, an added record shows its value.
  void value_panel_follows_staged_edits() {
    QTemporaryDir dir;
    const auto path = makeDatabase(dir);
    MainWindow w;
    w.show();
    QVERIFY(openShowingDefault(w, path));
    ValuePanel* panel = w.valuePanel();
    auto* title = panel->findChild<QLabel*>(QStringLiteral("valueTitle"));
    auto* editor = panel->findChild<QPlainTextEdit*>(QStringLiteral("valueEditor"));

    choose(w, "a");
    QTRY_VERIFY(panel->hasRecord() && panel->key() == "a");
    w.pendingEdits()->remove({}, {"a"});
    QTRY_VERIFY(!panel->hasRecord());
    QVERIFY(!editor->toPlainText().contains(QLatin1String("value-a")));
    w.pendingEdits()->stack()->undo();
    QTRY_VERIFY(panel->hasRecord() && editor->toPlainText() == QLatin1String("value-a"));

    choose(w, "e");
    QTRY_VERIFY(panel->hasRecord() && panel->key() == "e");
    QVERIFY(title->text().contains(QLatin1String("7 bytes")));
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" and more"));
    QVERIFY(panel->isModified());
    // Ctrl+Return applies, from inside the editor.
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!panel->isModified());
    const PendingChange* staged = w.pendingEdits()->find({}, "e");
    QVERIFY(staged && staged->value == QByteArray("value-e and more"));
    QTRY_VERIFY2(title->text().contains(QLatin1String("16 bytes")), qPrintable(title->text()));
    QCOMPARE(editor->textCursor().position(), editor->toPlainText().size());  // the cursor stayed

    w.pendingEdits()->put({}, "d", "dee", std::nullopt, QStringLiteral("add"));
    QVERIFY(waitForKeys(w, {"a", "c", "d", "e", "g"}));
    choose(w, "d");
    QTRY_VERIFY(panel->hasRecord() && panel->key() == "d" && editor->toPlainText() == QLatin1String("dee"));
  }

  // Closing while a record is shown and edits are pending leaves an empty
  // panel: no value of the closed file comes back late.
  void closing_empties_the_value_panel() {
    QTemporaryDir dir;
    const auto path = makeDatabase(dir);
    MainWindow w;
    w.show();
    QVERIFY(openShowingDefault(w, path));
    choose(w, "c");
    QTRY_VERIFY(w.valuePanel()->hasRecord() && w.valuePanel()->key() == "c");
    w.pendingEdits()->remove({}, {"e"});
    QSignalSpy closed(w.controller(), &DatabaseController::closed);
    uitest::answerNextQuestion(QMessageBox::Discard);
    QVERIFY(w.closeDatabase());
    QVERIFY(closed.count() || closed.wait(10000));
    QTest::qWait(300);  // a late answer of the worker would show by now
    QVERIFY(!w.valuePanel()->hasRecord());
    QVERIFY(w.valuePanel()->findChild<QPlainTextEdit*>(QStringLiteral("valueEditor"))->toPlainText().isEmpty());
  }

  // Closing while Write Changes runs waits for it (those edits cannot be
  // dropped any more), then asks only about what was staged after it.
  void closing_during_a_write_waits_for_it() {
    QTemporaryDir dir;
    const auto path = makeDatabase(dir);
    MainWindow w;
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path)));
    PendingEdits* pending = w.pendingEdits();
    pending->put({}, "written", QByteArray(4 << 20, 'w'), std::nullopt, QStringLiteral("big"));
    w.writeChangesAction()->trigger();
    QVERIFY(pending->isWriting());
    pending->put({}, "later", "l", std::nullopt, QStringLiteral("later"));
    uitest::answerNextQuestion(QMessageBox::Discard);
    QVERIFY(w.closeDatabase());
    QVERIFY(!pending->isWriting());
    QTRY_VERIFY(!w.controller()->isOpen());
    auto db = MUST(emdb::Database::builder().path(path).read_only(true).build());
    QVERIFY(MUST(db.get("written")).has_value());                   // what the write carried is in the file
    QCOMPARE(MUST(db.get("later")), std::optional<std::string>());  // what the user dropped is not
  }

  // Ctrl+F reaches the filter; typing applies it after a pause; Ctrl+L and
  // Escape clear it; Tab leaves the table.
  // Short one-line text values edit in their Value cell (double-click or
  // F2), staged with their expiry kept; others go through the value panel.
  void value_cells_edit_in_place() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    const std::uint64_t later = std::uint64_t(QDateTime::currentMSecsSinceEpoch()) + 3'600'000;
    {
      auto db = MUST(emdb::Database::open(path));
      MUST(db.insert_with_ttl("a:short", "hello", emdb::Ttl::at(later)));
      MUST(db.insert("b:long", std::string(300, 'x')));
      MUST(db.insert("c:binary", std::string("\x00\x01\xff", 3)));
      MUST(db.insert("d:lines", "one\ntwo"));
      MUST(db.insert("e:other", "world"));
    }
    {
      MainWindow w;
      w.show();
      QVERIFY(uitest::openAndWait(w, QString::fromStdString(path.string())));
      QVERIFY(uitest::allRowsLoaded(w));
      auto* m = w.keyModel();
      const auto valueCell = [&](const QByteArray& key) {
        return m->index(uitest::rowOf(w, key), KeyTableModel::ValueColumn);
      };
      QVERIFY(m->flags(valueCell("a:short")) & Qt::ItemIsEditable);
      QCOMPARE(m->data(valueCell("a:short"), Qt::EditRole).toString(), QStringLiteral("hello"));
      for (const char* k : {"b:long", "c:binary", "d:lines"})
        QVERIFY2(!(m->flags(valueCell(k)) & Qt::ItemIsEditable), k);

      // Double-click (the edit trigger), type, Enter: one staged edit, expiry kept.
      QTableView* table = w.keyTable();
      table->setCurrentIndex(valueCell("a:short"));
      table->edit(valueCell("a:short"));
      auto* editor = table->viewport()->findChild<QLineEdit*>();
      QVERIFY(editor);
      QCOMPARE(editor->text(), QStringLiteral("hello"));
      editor->selectAll();
      QTest::keyClicks(editor, QStringLiteral("hello again"));
      QTest::keyClick(editor, Qt::Key_Return);
      QTRY_VERIFY(w.pendingEdits()->find({}, "a:short"));  // the delegate commits on the next turn
      const PendingChange* staged = w.pendingEdits()->find({}, "a:short");
      QVERIFY(staged && staged->value);
      QCOMPARE(*staged->value, QByteArray("hello again"));
      QVERIFY(!staged->expiresAt);  // the stored expiry stays
      QCOMPARE(uitest::cell(w, uitest::rowOf(w, "a:short"), KeyTableModel::ValueColumn), QStringLiteral("hello again"));
      // The same text again stages nothing.
      const int steps = w.pendingEdits()->stack()->count();
      QVERIFY(m->setData(valueCell("e:other"), QStringLiteral("world"), Qt::EditRole));
      QCOMPARE(w.pendingEdits()->stack()->count(), steps);

      // F2 on a Value cell edits it; on a Key cell it renames.
      table->setCurrentIndex(valueCell("e:other"));
      w.recordActions()->update();
      w.recordActions()->renameAction()->trigger();
      QLineEdit* second = nullptr;
      for (auto* e : table->viewport()->findChildren<QLineEdit*>())
        if (e->isVisible()) second = e;
      QVERIFY(second);
      QCOMPARE(second->text(), QStringLiteral("world"));
      second->setText(QStringLiteral("planet"));
      QTest::keyClick(second, Qt::Key_Return);
      QTRY_VERIFY(w.pendingEdits()->find({}, "e:other"));
      QCOMPARE(*w.pendingEdits()->find({}, "e:other")->value, QByteArray("planet"));

      QSignalSpy written(w.pendingEdits(), &PendingEdits::written);
      w.writeChangesAction()->trigger();
      QVERIFY(written.wait(10000));
    }
    auto db = MUST(emdb::Database::open(path));
    QCOMPARE(MUST(db.get("a:short")), std::optional<std::string>("hello again"));
    QCOMPARE(MUST(db.expires_at("a:short")), std::optional<std::uint64_t>(later));
    QCOMPARE(MUST(db.get("e:other")), std::optional<std::string>("planet"));

    // A read-only view edits nothing in place.
    MainWindow ro;
    ro.show();
    QVERIFY(uitest::openAndWait(ro, QString::fromStdString(path.string()), true));
    QVERIFY(uitest::allRowsLoaded(ro));
    QVERIFY(!(ro.keyModel()->flags(ro.keyModel()->index(uitest::rowOf(ro, "a:short"), KeyTableModel::ValueColumn)) &
              Qt::ItemIsEditable));
  }

  void keyboard_reaches_the_filter() {
    QTemporaryDir dir;
    const auto path = makeDatabase(dir);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(openShowingDefault(w, path));
    auto* pattern = w.rangeFilter()->findChild<QLineEdit*>(QStringLiteral("filterPattern"));

    w.keyTable()->setFocus();
    QTest::keyClick(w.keyTable(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(pattern->hasFocus());
    QTest::keyClicks(pattern, QStringLiteral("[ce]"));  // a glob; no Enter
    QVERIFY(waitForKeys(w, {"c", "e"}));
    QTRY_COMPARE(filterStatus(w), QStringLiteral("2 matches"));
    QTest::keyClick(pattern, Qt::Key_Escape);
    QCOMPARE(pattern->text(), QString());
    QVERIFY(waitForKeys(w, {"a", "c", "e", "g"}));

    QTest::keyClicks(pattern, QStringLiteral("g"));
    QVERIFY(waitForKeys(w, {"g"}));
    w.keyTable()->setFocus();
    QTest::keyClick(w.keyTable(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(pattern->text(), QString());
    QVERIFY(waitForKeys(w, {"a", "c", "e", "g"}));

    // Tab moves the focus out of the table instead of from cell to cell.
    w.keyTable()->setFocus();
    w.keyTable()->setCurrentIndex(w.keyModel()->index(0, 0));
    QTest::keyClick(w.keyTable(), Qt::Key_Tab);
    QTRY_VERIFY(!w.keyTable()->hasFocus());
  }

  // A regular expression that does not compile clears what the last filter
  // found; a valid one brings rows back, scrolled to the first.
  void invalid_pattern_clears_results() {
    QTemporaryDir dir;
    const auto path = testing::temp_db(dir);
    {
      auto db = MUST(emdb::Database::builder().path(path).build());
      std::vector<std::pair<std::string, std::string>> items;
      for (int i = 0; i < 3000; ++i)
        items.emplace_back(QStringLiteral("k%1").arg(i, 5, 10, QLatin1Char('0')).toStdString(), "v");
      std::vector<std::pair<std::string_view, std::string_view>> views(items.begin(), items.end());
      MUST(db.insert_many(views));
      MUST(db.flush());
    }
    MainWindow w;
    w.resize(900, 600);
    w.show();
    QVERIFY(uitest::openAndWait(w, qpath(path)));
    QVERIFY(uitest::showNamespace(w, {}));
    QTRY_COMPARE(w.keyModel()->rowCount(), 3000);
    w.keyTable()->scrollToBottom();
    QTRY_VERIFY(w.keyTable()->verticalScrollBar()->value() > 0);

    auto* syntax = w.rangeFilter()->findChild<QComboBox*>(QStringLiteral("patternSyntax"));
    syntax->setCurrentIndex(1);  // Regex
    auto* pattern = w.rangeFilter()->findChild<QLineEdit*>(QStringLiteral("filterPattern"));
    QTest::keyClicks(pattern, QStringLiteral("^k00[01]"));
    QTRY_COMPARE(w.keyModel()->rowCount(), 200);
    QTRY_COMPARE(filterStatus(w), QStringLiteral("200 matches"));
    QCOMPARE(w.keyTable()->verticalScrollBar()->value(), 0);  // at the first match

    QTest::keyClicks(pattern, QStringLiteral("("));  // "^k00[01](": does not compile
    QTRY_COMPARE(w.keyModel()->rowCount(), 0);
    QCOMPARE(filterStatus(w), QString());
    auto* problem = w.rangeFilter()->findChild<QLabel*>(QStringLiteral("filterProblem"));
    QVERIFY(problem->isVisible());
    QTest::keyClick(pattern, Qt::Key_Backspace);
    QTRY_COMPARE(w.keyModel()->rowCount(), 200);
    QVERIFY(!problem->isVisible());
  }
};

QTEST_MAIN(TestStaging)
#include "tst_staging.moc"
