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
            Text {
                textFormat: Text.PlainText
                anchors { left: parent.left; leftMargin: Theme.margin; verticalCenter: parent.verticalCenter }
                text: qsTr("Sources")
                color: Theme.paper
                font.family: Theme.fontFamily
                font.pixelSize: Theme.heading
                font.bold: true
            }
            KioskButton {
                objectName: "sourcesSheet.close"
                anchors { right: parent.right; rightMargin: Theme.margin; verticalCenter: parent.verticalCenter }
                icon: "close"
                text: qsTr("Close")
                onTapped: sheet.opened = false
            }
        }
        ListView {
            id: list
            // Citations stay at a readable line length, even on a wide screen.
            width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1240))
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
                    color: Theme.amber
                }
            }
            spacing: Theme.px(12)
            model: sheet.sources
            boundsBehavior: Flickable.StopAtBounds
            delegate: Rectangle {
                id: entry
                required property int number
                required property string sourceId
                required property string citation
                required property bool available
                readonly property bool isHighlighted: number === sheet.highlighted

                objectName: "source." + sourceId
                width: ListView.view.width
                height: citationText.implicitHeight + Theme.px(32)
                radius: Theme.radius
                color: isHighlighted ? Theme.raised : "transparent"
                border.color: isHighlighted ? Theme.amber : "transparent"
                border.width: Math.max(2, Theme.px(3))

                Text {
                    textFormat: Text.PlainText
                    id: numberText
                    x: Theme.px(20)
                    y: Theme.px(16)
                    text: entry.number
                    color: Theme.amber
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.body
                    font.bold: true
                }
                BodyText {
                    id: citationText
                    anchors { left: parent.left; right: parent.right; top: parent.top
                              leftMargin: Theme.px(80); rightMargin: Theme.px(20); topMargin: Theme.px(16) }
                    // A source whose entry in the pack is damaged keeps its number, so the
                    // markers still line up, and says so instead of a citation.
                    text: entry.available ? entry.citation
                                          : qsTr("The details of this source are not available at the moment.")
                    font.pixelSize: Theme.px(28)
                    font.italic: !entry.available
                    color: entry.isHighlighted ? Theme.paper : Theme.paper2
                }
            }
        }
    }
}
