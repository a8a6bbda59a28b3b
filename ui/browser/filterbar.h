#pragma once

#include "table/tablequery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
struct TableInfo;

// The table browser's filters: column conditions (equals, contains, ranges, null / not null) that add up
// with AND, a free WHERE expression, and a full-text search for text columns. All run on the server.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setTable(const TableInfo &table);
    QList<ColumnFilter> filters() const { return m_filters; }
    // Adds a condition as if the user had picked it (also used by "filter by this value").
    void addFilter(const ColumnFilter &filter);
    void clear();
    static QString describe(const ColumnFilter &filter, const QString &columnName);

Q_SIGNALS:
    void filtersChanged(const QList<ColumnFilter> &filters);
    void whereChanged(const QString &where);
    void fullTextChanged(int column, const QString &text);

private:
    void addFromControls();
    void updateSummary();
    void updateValueFields();

    QStringList m_columns;
    QList<ColumnFilter> m_filters;
    QComboBox *m_column;
    QComboBox *m_op;
    QLineEdit *m_value;
    QLineEdit *m_value2;
    QPushButton *m_add;
    QLabel *m_summary;
    QPushButton *m_clear;
    QLineEdit *m_where;
    QComboBox *m_textColumn;
    QLineEdit *m_search;
};
