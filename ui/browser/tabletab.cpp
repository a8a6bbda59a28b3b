#include "tabletab.h"

#include "browser/catalogdescription.h"
#include "browser/filterbar.h"
#include "browser/rowdetailpanel.h"
#include "browser/tableitemdelegate.h"
#include "catalog/schemacatalog.h"
#include "common/colours.h"
#include "common/desktopkeys.h"
#include "common/icons.h"
#include "common/palettehtmlview.h"
#include "common/preferredfonts.h"
#include "common/tonestyle.h"
#include "common/writelockbutton.h"
#include "connection/writelock.h"
#include "database/databaseconnection.h"
#include "settings/preferences.h"
#include "table/auditlog.h"
#include "table/tabledatamodel.h"
#include "table/tableexport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

// The tool tip says the key too: "Export… (Ctrl+Shift+X)".
void setTextAndTip(QAction *action, const QString &text)
{
    action->setText(text);
    action->setToolTip(action->shortcut().isEmpty()
            ? text
            : QStringLiteral("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace

TableTab::TableTab(DatabaseConnection *connection, const QString &qualifiedTable, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_profile(connection->profile())
    , m_table(qualifiedTable)
    , m_model(
          std::make_unique<TableDataModel>(connection->session(), connection->catalog()->snapshot(), qualifiedTable))
{
    setObjectName(QStringLiteral("tableTab"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setAccessibleName(tr("Table rows"));
    m_view->setModel(m_model.get());
    m_delegate = new TableItemDelegate(m_view);
    m_export = new TableExport(connection->session(), this);
    connect(m_export, &TableExport::progress, this, [this](qint64 rows, qint64 total) {
        m_status->setText(total > 0
                ? tr("Exporting… %1 of ~%2 rows").arg(QLocale().toString(rows), QLocale().toString(total))
                : tr("Exporting… %1 rows").arg(QLocale().toString(rows)));
    });
    connect(m_export, &TableExport::finished, this, [this](const Error &error) {
        setTextAndTip(m_exportAction, tr("Export…"));
        showMessage(error.isNull() ? tr("Export finished.") : error.toString(), !error.isNull());
        updateStatus();
    });
    m_view->setItemDelegate(m_delegate);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultSectionSize(150);
    m_view->horizontalHeader()->setMaximumSectionSize(420);
    // Columns are sized from the rows on screen: the default looks at 1,000 rows, which would read pages the
    // user has not asked for.
    m_view->horizontalHeader()->setResizeContentsPrecision(0);
    // Room for numbers further down than the first page (ids, counts): eight digits at least.
    m_view->horizontalHeader()->setMinimumSectionSize(
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("00000000")) + 12);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    PreferredFonts::followInGrid(m_view);
    // The model read its first page already: a page size of the user's own reads it again, once.
    const auto followPageSize = [this](const Preferences::Values &values) {
        if (values.pageSize != m_model->pageSize())
            m_model->setPageSize(values.pageSize);
    };
    followPageSize(Preferences::shared()->values());
    connect(Preferences::shared(), &Preferences::changed, this, followPageSize);
    m_view->setWordWrap(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TableTab::showContextMenu);
    connect(
        m_delegate, &TableItemDelegate::foreignKeyEditRequested, this, &TableTab::pickForeignKey, Qt::QueuedConnection);
    m_view->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_filters = new FilterBar(this);
    m_detail = new RowDetailPanel(m_model.get(), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tableStatus"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("tableMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 320});
    auto *dataPage = new QWidget(this);
    auto *dataLayout = new QVBoxLayout(dataPage);
    dataLayout->setContentsMargins(0, 0, 0, 0);
    dataLayout->addWidget(m_filters);
    dataLayout->addWidget(m_message);
    dataLayout->addWidget(splitter, 1);
    auto *structure = new PaletteHtmlView(this);
    structure->setObjectName(QStringLiteral("tableStructure"));
    structure->setAccessibleName(tr("Table structure"));
    const auto snapshot = connection->catalog()->snapshot();
    if (const TableInfo *table = snapshot->findTable(qualifiedTable)) {
        // The table lives in the snapshot, which the page keeps.
        structure->setHtmlFrom([table, snapshot](const QPalette &palette) {
            return CatalogDescription::table(*table, *snapshot, palette);
        });
        m_filters->setTable(*table);
        m_delegate->setTable(*table);
    }
    auto *pages = new QTabWidget(this);
    pages->setTabPosition(QTabWidget::South);
    pages->setDocumentMode(true);
    pages->addTab(dataPage, tr("Data"));
    pages->addTab(structure, tr("Structure"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createToolbar();
    layout->addWidget(findChild<QToolBar *>(QStringLiteral("tableToolbar")));
    layout->addWidget(pages, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);

    connect(m_filters, &FilterBar::filtersChanged, m_model.get(), &TableDataModel::setFilters);
    connect(m_filters, &FilterBar::whereChanged, m_model.get(), &TableDataModel::setWhereClause);
    connect(m_filters, &FilterBar::fullTextChanged, m_model.get(), &TableDataModel::setFullTextSearch);
    connect(m_model.get(), &TableDataModel::pageLoaded, this, [this](int firstRow) {
        // Size the columns to the first page once; later pages never move them.
        if (firstRow == 0 && !m_columnsSized) {
            m_columnsSized = true;
            m_view->resizeColumnsToContents();
        }
        updateStatus();
    });
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &TableTab::updateStatus);
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this, &TableTab::updateStatus);
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, &TableTab::updateStatus);
    connect(m_model.get(), &QAbstractItemModel::rowsRemoved, this, &TableTab::updateStatus);
    connect(m_model.get(), &TableDataModel::exactCountReady, this, &TableTab::updateStatus);
    connect(m_model.get(), &TableDataModel::loadFailed, this,
        [this](const Error &error) { showMessage(error.toString(), true); });
    connect(m_model.get(), &TableDataModel::keyFound, this, [this](int row) {
        const QModelIndex index = m_model->index(row, qMax(0, m_view->currentIndex().column()));
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    });
    connect(m_model.get(), &TableDataModel::keyNotFound, this, [this](const QString &why) { showMessage(why, true); });
    connect(m_model.get(), &TableDataModel::saveFailed, this, &TableTab::onSaveFailed);
    connect(m_model.get(), &TableDataModel::conflict, this, &TableTab::onConflict);
    connect(m_model.get(), &TableDataModel::saved, this, [this](int count) {
        showMessage(tr("%n change(s) saved.", nullptr, count), false);
        if (const std::optional<PendingAudit> audit = std::exchange(m_pendingAudit, std::nullopt)) {
            Error error;
            if (!AuditLog().append(m_profile, audit->databaseUser, audit->changes, audit->reason, &error))
                showMessage(error.toString(), true);
        }
        updateStatus();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_detail->showRow(current.row()); });
    connect(m_model->writeLock(), &WriteLock::changed, this, &TableTab::updateStatus);
    updateStatus(); // the model reads its first page by itself
}

TableTab::~TableTab() = default;

// Asks for a key and moves to its row wherever it is in the table (placed by estimate on a big table).
void TableTab::askGoToKey()
{
    QStringList names;
    for (int column : m_model->query().keyColumns())
        names << m_model->query().columnName(column);
    if (names.isEmpty()) {
        showMessage(tr("%1 has no key to go to.").arg(m_table), true);
        return;
    }
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Go to key"),
        names.size() == 1 ? tr("%1:").arg(names.first())
                          : tr("%1 (separated by commas):").arg(names.join(QLatin1String(", "))),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    QVariantList key;
    for (const QString &part : names.size() == 1 ? QStringList {text} : text.split(QLatin1Char(',')))
        key << part.trimmed();
    showMessage({}, false);
    m_model->goToKey(key);
}

void TableTab::createToolbar()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("tableToolbar"));
    const auto add = [this, toolbar](const QString &text, const QString &name, auto slot) {
        QAction *action = toolbar->addAction(text, this, slot);
        action->setObjectName(name);
        return action;
    };
    QAction *refresh = add(tr("Refresh"), QStringLiteral("refreshAction"), [this] { m_model->reload(); });
    QAction *count = add(tr("Count rows"), QStringLiteral("countAction"), [this] {
        m_status->setText(tr("Counting…"));
        m_model->requestExactCount();
    });
    // The whole table is under the scrollbar: the end is one jump away (its page is read backwards).
    QAction *lastRows = add(tr("Last rows"), QStringLiteral("jumpToEndAction"), [this] {
        const int last = m_model->rowCount() - 1;
        if (last >= 0)
            m_view->setCurrentIndex(m_model->index(last, qMax(0, m_view->currentIndex().column())));
        m_view->scrollToBottom();
    });
    QAction *goToKey = add(tr("Go to key…"), QStringLiteral("goToKeyAction"), [this] { askGoToKey(); });
    toolbar->addSeparator();
    m_insertAction = add(tr("Insert row"), QStringLiteral("insertRowAction"), [this] { insertRow(); });
    m_deleteAction = add(tr("Delete rows"), QStringLiteral("deleteRowsAction"), [this] { deleteSelectedRows(); });
    toolbar->addSeparator();
    m_saveAction = add(tr("Save…"), QStringLiteral("saveAction"), [this] { save(); });
    m_revertAction = add(tr("Revert"), QStringLiteral("revertAction"), [this] { revert(); });
    toolbar->addSeparator();
    m_exportAction = add(tr("Export…"), QStringLiteral("exportAction"), [this] { exportTable(); });
    toolbar->addSeparator();
    m_lockButton = new WriteLockButton(m_model->writeLock(), tr("the table %1").arg(m_table), toolbar);
    m_lockButton->addTo(toolbar);
    Icons::decorate(toolbar,
        {QStringLiteral("refreshAction"), QStringLiteral("countAction"), QStringLiteral("jumpToEndAction"),
            QStringLiteral("goToKeyAction")});
    // Keys for the main verbs, while the focus is anywhere in this tab (so two open tables never share one). F5
    // is the window's Refresh schema: the rows are Shift+F5, their exact count Ctrl+F5. Export and Revert have
    // the console's keys for Export result and Rollback.
    const std::pair<QAction *, QKeySequence> keys[]
        = {{refresh, QKeySequence(Qt::SHIFT | Qt::Key_F5)}, {count, QKeySequence(Qt::CTRL | Qt::Key_F5)},
            {lastRows, DesktopKeys::primary(QKeySequence::MoveToEndOfDocument)},
            {m_saveAction, DesktopKeys::primary(QKeySequence::Save)}, {goToKey, QKeySequence(Qt::CTRL | Qt::Key_G)},
            {m_insertAction, QKeySequence(Qt::ALT | Qt::Key_Insert)},
            {m_deleteAction, QKeySequence(Qt::CTRL | Qt::Key_Delete)},
            {m_revertAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
            {m_exportAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)}};
    for (const auto &[action, key] : keys) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        setTextAndTip(action, action->text());
        addAction(action);
    }
}

void TableTab::updateStatus()
{
    // Row numbers far down (and "≈" before estimated ones) need a wider header than the first page did.
    const int widest = m_view->fontMetrics().horizontalAdvance(
        QStringLiteral("≈") + QLocale().toString(qMax(1, m_model->rowCount())));
    m_view->verticalHeader()->setMinimumWidth(widest + 10);
    QString rows;
    if (m_model->isCountExact())
        rows = tr("%1 rows").arg(QLocale().toString(m_model->totalRows()));
    else
        rows = tr("~%1 rows (estimate)").arg(QLocale().toString(m_model->totalRows()));
    QString text = tr("%1 · %2 loaded").arg(rows, QLocale().toString(m_model->loadedRowCount()));
    if (!m_model->isEditable())
        text += QStringLiteral(" · ") + m_model->readOnlyReason();
    m_status->setText(text);
    const bool pending = m_model->hasPendingChanges();
    const bool writable = m_model->isEditable() && !m_model->writesLocked();
    m_saveAction->setEnabled(pending && !m_model->isSaving());
    m_revertAction->setEnabled(pending);
    m_insertAction->setEnabled(writable);
    m_deleteAction->setEnabled(writable);
    const QString name = m_table.section(QLatin1Char('.'), -1);
    Q_EMIT titleChanged(pending ? name + QStringLiteral(" *") : name);
}

void TableTab::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    ToneStyle::apply(m_message, error ? Colours::Tone::Danger : Colours::Tone::Success, ToneStyle::Kind::Message);
    m_message->setVisible(!text.isEmpty());
}

void TableTab::applyFilters(const QList<ColumnFilter> &filters)
{
    m_filters->clear();
    for (const ColumnFilter &filter : filters)
        m_filters->addFilter(filter);
}

QList<RelatedRows> TableTab::relatedRowsFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    QVariantList row;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QModelIndex cell = m_model->index(index.row(), column);
        row << (cell.data(TableDataModel::IsNullRole).toBool() ? QVariant() : cell.data(Qt::EditRole));
    }
    return ::relatedRowsFor(*m_connection->catalog()->snapshot(), m_table, index.column(), row);
}

void TableTab::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    QMenu menu(this);
    menu.addAction(tr("Copy"), this, [this] { QApplication::clipboard()->setText(selectionAsText()); });
    menu.addAction(tr("Copy as CSV"), this, [this] { QApplication::clipboard()->setText(selectionAsText(true)); });
    menu.addAction(tr("Paste"), this, [this] { pasteText(QApplication::clipboard()->text()); });
    if (index.isValid() && !index.data(TableDataModel::IsMaskedRole).toBool()) {
        menu.addSeparator();
        const bool isNull = index.data(TableDataModel::IsNullRole).toBool();
        ColumnFilter filter {index.column(), isNull ? ColumnFilter::Op::IsNull : ColumnFilter::Op::Equals,
            isNull ? QVariant() : index.data(Qt::EditRole), {}};
        menu.addAction(tr("Filter by this value"), this, [this, filter] { m_filters->addFilter(filter); });
        const QList<RelatedRows> related = relatedRowsFor(index);
        if (!related.isEmpty())
            menu.addSeparator();
        for (const RelatedRows &item : related)
            menu.addAction(item.label, this, [this, item] {
                Q_EMIT openRelatedRequested(
                    item.table, {ColumnFilter {item.column, ColumnFilter::Op::Equals, item.value, {}}});
            });
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

bool TableTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            QApplication::clipboard()->setText(selectionAsText());
            return true;
        }
        if (key->matches(QKeySequence::Paste)) {
            pasteText(QApplication::clipboard()->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TableTab::exportTable()
{
    if (m_export->isRunning()) {
        m_export->cancel();
        return;
    }
    const QString name = m_table.section(QLatin1Char('.'), -1);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1").arg(m_table), name + QStringLiteral(".csv"), tr("CSV (*.csv);;JSON (*.json)"));
    if (!path.isEmpty())
        startExport(path);
}

void TableTab::startExport(const QString &filePath)
{
    const bool json = QFileInfo(filePath).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    setTextAndTip(m_exportAction, tr("Cancel export"));
    showMessage({}, false);
    m_export->start(m_model->query(), filePath, json ? TableExport::Format::Json : TableExport::Format::Csv);
}
