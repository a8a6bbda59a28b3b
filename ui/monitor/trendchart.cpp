#include "trendchart.h"

#include "common/colours.h"

#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

TrendChart::TrendChart(const QString &title, const QStringList &seriesNames, QWidget *parent)
    : QChartView(new QChart, parent) // setChart() would leak the chart the default constructor makes
{
    QChart *chart = this->chart();
    chart->setTitle(title);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(seriesNames.size() > 1);
    m_x = new QValueAxis(chart);
    m_x->setRange(-WindowSeconds / 60.0, 0);
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_x->setTickCount(6);
    m_x->setTitleText(tr("minutes"));
    m_y = new QValueAxis(chart);
    m_y->setRange(0, 1);
    // Nice tick values print plainly with %g ("0.5", "4000"); a format that changes with the data would
    // leave Qt Charts with label widths measured for the old one ("...").
    m_y->setLabelFormat(QStringLiteral("%.6g"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (const QString &name : seriesNames) {
        auto *series = new QLineSeries(chart);
        series->setName(name);
        chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        m_lines.append(Line {series, {}});
    }
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(150, 150);
    applyPalette();
}

void TrendChart::applyPalette()
{
    QChart *chart = this->chart();
    // A theme sets every colour (background, grid, labels, lines) and its own fonts: the small ones go after it.
    chart->setTheme(Colours::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    QFont small = chart->titleFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    m_x->setLabelsFont(small);
    m_x->setTitleFont(small);
    m_y->setLabelsFont(small);
}

void TrendChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void TrendChart::setFixedRange(double minimum, double maximum)
{
    m_fixedRange = true;
    m_y->setRange(minimum, maximum);
}

void TrendChart::append(const QDateTime &time, const QList<std::optional<double>> &values)
{
    for (int i = 0; i < m_lines.size() && i < values.size(); ++i) {
        if (values[i])
            m_lines[i].points.append({time, *values[i]});
        // Older than the window: gone, so memory stays flat however long the dashboard stays open.
        const QDateTime oldest = time.addSecs(-WindowSeconds);
        auto &points = m_lines[i].points;
        points.erase(points.begin(),
            std::find_if(points.begin(), points.end(), [&](const auto &point) { return point.first >= oldest; }));
    }
    redraw(time);
}

int TrendChart::pointCount(int series) const
{
    return int(m_lines.value(series).points.size());
}

void TrendChart::redraw(const QDateTime &now)
{
    double top = 0;
    for (Line &line : m_lines) {
        QList<QPointF> points;
        points.reserve(line.points.size());
        for (const auto &[time, value] : std::as_const(line.points)) {
            points.append(QPointF(double(time.msecsTo(now)) / -60000.0, value));
            top = std::max(top, value);
        }
        line.series->replace(points);
    }
    if (m_fixedRange)
        return;
    m_y->setRange(0, top > 0 ? top * 1.1 : 1);
    m_y->applyNiceNumbers();
}
