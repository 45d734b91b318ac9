// SPDX-License-Identifier: MIT
// The question, its framing, the map as the way into the story, and one tile per objective plus
// how it ended; with no panel to show, the calm "being updated" notice instead.
//
// Landscape: the question, framing and a large map entry in a column on the left, the six
// questions in two columns on the right (a band across a three-column grid left no room for
// the tiles' text at 1366×768 in Spanish). Portrait: all stacked, the map as a band.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk
import Kiosk.Backend
import Kiosk.Theme

Item {
    id: home

    required property Exhibit exhibit
    readonly property bool hasMap: exhibit.hasPanels && exhibit.map !== null
    readonly property real headerTop: Theme.px(40)

    objectName: "screen.home"

    UpdatingNotice {
        anchors.fill: parent
        visible: !home.exhibit.hasPanels
    }

    Column {
        id: header
        visible: home.exhibit.hasPanels
        x: Theme.margin
        y: home.headerTop
        width: Theme.portrait ? home.width - 2 * Theme.margin : home.width * 0.34
        spacing: Theme.px(16)

        Text {
            objectName: "home.question"
            width: Math.min(parent.width, Theme.px(1500))
            // A pack whose home text cannot be read in any language still gets a heading:
            // the exhibit's title, translated like the window's (Main.qml).
            text: home.exhibit.question !== "" ? home.exhibit.question : (home.Window.window?.title ?? "")
            textFormat: Text.PlainText
            color: Theme.paper
            font.family: Theme.fontFamily
            // Beside the questions in landscape the column is narrow: a size between title and
            // display keeps the question to four lines in Spanish, with room for the map, and
            // leaves the questions' column wide enough for their text.
            font.pixelSize: Theme.portrait ? Theme.display : Theme.px(56)
            font.bold: true
            lineHeightMode: Text.FixedHeight
            lineHeight: Theme.titlePitch(font.pixelSize)
            wrapMode: Text.WordWrap
        }
        BodyText {
            objectName: "home.framing"
            visible: text !== ""
            width: parent.width
            text: home.exhibit.framing
            color: Theme.paper2
            font.pixelSize: Theme.lead
        }
    }

    // The way into the story: under the question in landscape (filling the column's height),
    // a band above the questions in portrait.
    Loader {
        id: mapEntry
        objectName: "home.mapEntry"
        active: home.hasMap
        visible: active
        x: Theme.margin
        y: header.y + header.height + Theme.px(32)
        width: header.width
        height: !active ? 0
              : Theme.portrait ? implicitHeight
              : Math.max(implicitHeight, home.height - y - Theme.gap)
        sourceComponent: MapEntry {
            map: home.exhibit.map
            vertical: !Theme.portrait
            onTapped: home.exhibit.openMap()
        }
    }

    GridLayout {
        id: grid
        visible: home.exhibit.hasPanels
        x: Theme.portrait || !home.hasMap ? Theme.margin : header.x + header.width + Theme.px(48)
        y: Theme.portrait ? mapEntry.y + mapEntry.height + Theme.px(28)
         : home.hasMap ? home.headerTop : header.y + header.height + Theme.px(32)
        width: home.width - x - Theme.margin
        // Fill the screen's height when the tiles fit in it.
        height: Math.max(implicitHeight, home.height - y - Theme.gap)
        columns: Theme.portrait || home.hasMap ? 2 : 3
        columnSpacing: Theme.gutter
        rowSpacing: Theme.gutter
        uniformCellWidths: true
        // Rows take the height their words need (a three-line title in one row must not make
        // every row taller than the screen allows), and share what is left.
        uniformCellHeights: false

        Repeater {
            model: home.exhibit.tiles
            delegate: Tile {
                Layout.fillWidth: true
                Layout.fillHeight: true
                onTapped: home.exhibit.openScreen(panelId)
            }
        }
    }
}
