#pragma once

#include "catalog/catalogtypes.h"

#include <QDialog>
#include <QVariant>
#include <memory>

class ForeignKeySearch;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class Session;

// Chooses the row a foreign-key cell points at by searching the referenced table on the server as the user
// types (users by username or email for messages.user_id), with every match reachable by scrolling.
class ForeignKeyPicker : public QDialog
{
    Q_OBJECT
public:
    // fkColumnIndex is the referencing column's position in qualifiedTable; currentKey the cell's value.
    ForeignKeyPicker(Session *session, std::shared_ptr<const CatalogSnapshot> catalog, const QString &qualifiedTable,
        int fkColumnIndex, const QVariant &currentKey = {}, QWidget *parent = nullptr);
    ~ForeignKeyPicker() override;

    // A picker for the column, or nullptr when it is not a single-column foreign key the catalog resolves.
    static ForeignKeyPicker *create(Session *session, std::shared_ptr<const CatalogSnapshot> catalog,
        const QString &qualifiedTable, int fkColumnIndex, const QVariant &currentKey, QWidget *parent);
    // Shows a picker modally; the chosen key, or a null QVariant when cancelled or not supported.
    static QVariant choose(Session *session, std::shared_ptr<const CatalogSnapshot> catalog,
        const QString &qualifiedTable, int fkColumnIndex, const QVariant &currentKey, QWidget *parent);

    // The referenced key the user chose (text form, e.g. "42"); null until accepted.
    QVariant chosenKey() const { return m_chosen; }
    ForeignKeySearch *searchModel() const { return m_model; }

public Q_SLOTS:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void onSearchFinished(int count);
    void onTextEdited(const QString &text);
    void selectRow(int row);

    ForeignKeySearch *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QVariant m_currentKey;
    QVariant m_chosen;
    bool m_acceptWhenFound = false; // Enter came before the results of the last key press
};
