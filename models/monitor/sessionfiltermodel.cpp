#include "sessionfiltermodel.h"

#include "monitor/sessionsmodel.h"

SessionFilterModel::SessionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SessionsModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Rows change every refresh: keep the order the user chose without re-sorting by hand.
    setDynamicSortFilter(true);
}

void SessionFilterModel::setHideIdle(bool hide)
{
    if (hide == m_hideIdle)
        return;
    m_hideIdle = hide;
    invalidateFilter();
}

void SessionFilterModel::setHideOwn(bool hide)
{
    if (hide == m_hideOwn)
        return;
    m_hideOwn = hide;
    invalidateFilter();
}

void SessionFilterModel::setText(const QString &text)
{
    setFilterFixedString(text);
}

bool SessionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hideIdle && index.data(SessionsModel::IdleRole).toBool())
        return false;
    if (m_hideOwn && (index.data(SessionsModel::FlagsRole).toInt() & SessionsModel::Own))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
