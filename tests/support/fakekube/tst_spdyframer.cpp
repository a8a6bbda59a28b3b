#include "spdyframer.h"

#include <QtTest>

// The SPDY/3.1 framing under the fake API server's port-forward, without kubectl: frames written by one
// framer are read back by another, as across a connection.
class TestSpdyFramer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerBlocksShareOneStreamEachWay();
    void dataAndControlFrames();
    void incompleteFramesWait();
    void otherVersionsBreakTheConnection();
};

// Header blocks are compressed with the SPDY dictionary on one zlib stream per direction: the second block
// only decodes after the first.
void TestSpdyFramer::headerBlocksShareOneStreamEachWay()
{
    SpdyFramer server, client;
    QByteArray wire = server.synReply(1, {{"streamtype", "error"}, {"port", "5432"}});
    wire += server.synReply(3, {{"streamtype", "data"}, {"port", "5432"}, {"requestid", "0"}});
    const auto first = client.read(wire);
    QVERIFY(first);
    QCOMPARE(first->type, quint16(SpdyFrame::SynReply));
    QCOMPARE(first->streamId, 1u);
    QCOMPARE(first->headers.value("streamtype"), QByteArray("error"));
    const auto second = client.read(wire);
    QVERIFY(second);
    QCOMPARE(second->streamId, 3u);
    QCOMPARE(second->headers.value("requestid"), QByteArray("0"));
    QCOMPARE(second->headers.size(), 3);
    QVERIFY(wire.isEmpty());
    QVERIFY(!client.hasError());
}

void TestSpdyFramer::dataAndControlFrames()
{
    SpdyFramer reader;
    const QByteArray payload(100000, 'x'); // larger than any buffer on the way
    QByteArray wire = SpdyFramer::dataFrame(3, payload, false) + SpdyFramer::dataFrame(3, {}, true)
        + SpdyFramer::ping(7) + SpdyFramer::rstStream(5, SpdyFrame::Cancel) + SpdyFramer::goAway(9);
    auto frame = reader.read(wire);
    QVERIFY(frame && frame->type == SpdyFrame::Data && frame->streamId == 3 && !frame->fin());
    QCOMPARE(frame->data, payload);
    frame = reader.read(wire);
    QVERIFY(frame && frame->fin() && frame->data.isEmpty());
    frame = reader.read(wire);
    QVERIFY(frame && frame->type == SpdyFrame::Ping && frame->value == 7);
    frame = reader.read(wire);
    QVERIFY(frame && frame->type == SpdyFrame::RstStream && frame->streamId == 5 && frame->value == SpdyFrame::Cancel);
    frame = reader.read(wire);
    QVERIFY(frame && frame->type == SpdyFrame::GoAway && frame->streamId == 9);
    QVERIFY(wire.isEmpty());
}

void TestSpdyFramer::incompleteFramesWait()
{
    SpdyFramer reader;
    const QByteArray whole = SpdyFramer::dataFrame(1, "hello", false);
    QByteArray wire;
    for (qsizetype i = 0; i < whole.size() - 1; ++i) {
        wire.append(whole.at(i));
        QVERIFY(!reader.read(wire));
    }
    wire.append(whole.back());
    const auto frame = reader.read(wire);
    QVERIFY(frame);
    QCOMPARE(frame->data, QByteArray("hello"));
    QVERIFY(!reader.hasError());
}

void TestSpdyFramer::otherVersionsBreakTheConnection()
{
    SpdyFramer reader;
    QByteArray wire = SpdyFramer::ping(1);
    wire[1] = 2; // SPDY/2
    QVERIFY(!reader.read(wire));
    QVERIFY(reader.hasError());
    QVERIFY(reader.errorString().contains(QLatin1String("version")));
}

QTEST_GUILESS_MAIN(TestSpdyFramer)
#include "tst_spdyframer.moc"
