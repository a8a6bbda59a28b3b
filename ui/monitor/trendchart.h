#pragma once

#include <QChartView>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <optional>

class QLineSeries;
class QValueAxis;

// A small line chart of the last minutes: one line per series, the x axis in minutes before now. A point
// that is none (no rate across a statistics reset) is simply missing: the line never shows a spike for it.
// Keeps a bounded number of points per series.
class TrendChart : public QChartView
{
    Q_OBJECT
public:
    TrendChart(const QString &title, const QStringList &seriesNames, QWidget *parent = nullptr);

    static constexpr int WindowSeconds = 600;

    // Sets a fixed y range (e.g. 0..100 for a percentage); otherwise the axis follows the data.
    void setFixedRange(double minimum, double maximum);
    // Adds one reading (values in the order of the series names) taken at time.
    void append(const QDateTime &time, const QList<std::optional<double>> &values);
    int pointCount(int series) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette(); // the chart's theme (light or dark, as the palette) and its small fonts
    void redraw(const QDateTime &now);

    struct Line
    {
        QLineSeries *series = nullptr;
        QList<std::pair<QDateTime, double>> points;
    };
    QList<Line> m_lines;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    bool m_fixedRange = false;
};
