#pragma once

#include <QSortFilterProxyModel>

// The sessions as the dashboard shows them: sorted by value (ages as numbers), filtered by text in any
// column, idle sessions hidden on request, the dashboard's own backend hidden on request.
class SessionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SessionFilterModel(QObject *parent = nullptr);

    void setHideIdle(bool hide);
    bool hidesIdle() const { return m_hideIdle; }
    void setHideOwn(bool hide);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_hideIdle = false;
    bool m_hideOwn = false;
};
