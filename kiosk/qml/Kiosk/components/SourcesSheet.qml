// SPDX-License-Identifier: MIT
// The sheet of full citations, raised from the bottom; a tapped marker highlights its source.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Backend
import Kiosk.Theme

Item {
    id: sheet

    required property SourceModel sources
    property bool opened: false
    property int highlighted: 0
    // Whether any source on the sheet has a web address (and so a QR code).
    readonly property bool hasCodes: sources.anyAddress

    function show(number: int): void {
        sheet.highlighted = number
        sheet.opened = true
        if (number > 0)
            list.positionViewAtIndex(number - 1, ListView.Contain)
    }

    // 0 = closed, 1 = open; animated so only opening and closing move, never a resize.
    property real progress: opened ? 1 : 0
    Behavior on progress { NumberAnimation { duration: Theme.transitionMs; easing.type: Easing.OutCubic } }

    objectName: "sourcesSheet"
    visible: progress > 0

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
        opacity: sheet.progress
        TapHandler { onTapped: sheet.opened = false }
    }

    Rectangle {
        id: panel
        objectName: "sourcesSheet.panel"
        width: parent.width
        height: Math.min(parent.height * 0.86, header.height + list.contentHeight + Theme.px(48))
        y: parent.height - height * sheet.progress
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.raised
        border.width: Theme.border

        // Swallow taps on the sheet itself so they do not reach the scrim behind it.
        TapHandler {}

        Item {
            id: header
            width: parent.width
            height: Theme.px(112)
            Row {
                anchors { left: parent.left; leftMargin: Theme.margin; verticalCenter: parent.verticalCenter }
                spacing: Theme.px(40)
                Text {
                    textFormat: Text.PlainText
                    anchors.baseline: parent.children[1].baseline
                    text: qsTr("Sources")
                    color: Theme.paper
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.heading
                    font.bold: true
                }
                Text {
                    objectName: "sourcesSheet.hint"
                    visible: sheet.hasCodes
                    textFormat: Text.PlainText
                    text: qsTr("Scan a code to read the source on your phone.")
                    color: Theme.paper2
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.caption
                }
            }
        }
        ListView {
            id: list
            // Citations stay at a readable line length, even on a wide screen.
            width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1600))
            anchors { top: header.bottom; left: parent.left; bottom: parent.bottom
                      leftMargin: Theme.margin; bottomMargin: Theme.px(24) }
            clip: true
            // A long list shows where it is, so no citation hides unseen below the edge.
            ScrollIndicator.vertical: ScrollIndicator {
                active: true
                parent: list.parent
                anchors { top: list.top; bottom: list.bottom; right: parent.right
                          rightMargin: Theme.margin / 2 }
                contentItem: Rectangle {
                    implicitWidth: Math.max(4, Theme.px(8))
                    radius: width / 2
                    color: Theme.paper2
                }
            }
            spacing: Theme.px(12)
            model: sheet.sources
            boundsBehavior: Flickable.StopAtBounds
            // A bibliography a visitor can take home: the title first in Paper, then who made
            // it, when and where, then its address; in the right third, its QR code.
            delegate: Rectangle {
                id: entry
                required property int number
                required property string sourceId
                required property string title
                required property string details
                required property string address
                required property string url
                required property bool available
                readonly property bool isHighlighted: number === sheet.highlighted
                readonly property real qrSide: Theme.px(200)

                objectName: "source." + sourceId
                width: ListView.view.width
                height: Math.max(texts.implicitHeight, url !== "" ? qrSide : 0) + Theme.px(32)
                radius: Theme.radius
                color: isHighlighted ? Theme.raised : "transparent"
                border.color: isHighlighted ? Theme.paper2 : "transparent"
                border.width: Math.max(2, Theme.px(2))

                Text {
                    textFormat: Text.PlainText
                    x: Theme.px(20)
                    y: Theme.px(16)
                    text: entry.number
                    color: Theme.paper2
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.body
                    font.bold: true
                }
                Column {
                    id: texts
                    anchors { left: parent.left; right: parent.right; top: parent.top
                              leftMargin: Theme.px(80); topMargin: Theme.px(16)
                              rightMargin: entry.qrSide + Theme.px(64) }
                    spacing: Theme.px(4)
                    BodyText {
                        objectName: "source." + entry.sourceId + ".title"
                        width: parent.width
                        // A source whose entry in the pack is damaged keeps its number, so the
                        // chips still line up, and says so instead of a citation.
                        text: entry.available ? entry.title
                                              : qsTr("The details of this source are not available at the moment.")
                        font.bold: entry.available
                        font.italic: !entry.available
                    }
                    BodyText {
                        objectName: "source." + entry.sourceId + ".details"
                        visible: text !== ""
                        width: parent.width
                        text: entry.details
                        color: Theme.paper2
                        font.pixelSize: Theme.caption
                    }
                    BodyText {
                        objectName: "source." + entry.sourceId + ".address"
                        visible: text !== ""
                        width: parent.width
                        text: entry.address
                        color: Theme.coast
                        font.pixelSize: Theme.caption
                        // Breaks fall after the slashes and hyphens the backend marked; a part
                        // longer than the line still wraps rather than run out of the sheet.
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    }
                }
                Image {
                    objectName: "source." + entry.sourceId + ".qr"
                    visible: entry.url !== ""
                    anchors { right: parent.right; top: parent.top; rightMargin: Theme.px(24)
                              topMargin: Theme.px(16) }
                    width: entry.qrSide
                    height: entry.qrSide
                    // Made when the sheet first shows, not with the panel: a panel opens at once.
                    source: entry.url === "" || !sheet.visible ? ""
                          : "image://qr/code/0E1A24/" + encodeURIComponent(entry.url)
                    sourceSize: Qt.size(width, height)
                    smooth: false
                }
            }
        }
    }
}
