#pragma once

#include "monitor/ratecalculator.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;

// The dashboard's header: the server's key figures in a row of captioned values (version and uptime,
// database size, connections against every limit that applies, cache hit ratio, per-second rates, deadlocks,
// temp files, the oldest open transaction). Shows what it is given; reads nothing itself.
class HeaderFigures : public QWidget
{
    Q_OBJECT
public:
    explicit HeaderFigures(QWidget *parent = nullptr);

    void setFigures(const ServerOverview &overview, const RateCalculator::Rates &rates);
    // The value shown for a figure ("connections", "commits", ...), for tests.
    QString value(const QString &figure) const;

private:
    void addFigure(const QString &key, const QString &caption, int column, int row);
    void set(const QString &key, const QString &text, const QString &toolTip = {});

    QGridLayout *m_grid;
    QHash<QString, QLabel *> m_values;
};
