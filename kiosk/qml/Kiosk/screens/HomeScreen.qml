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

    CalmNotice {
        objectName: "home.updating"
        anchors.fill: parent
        visible: !home.exhibit.hasPanels
        english: "This exhibit is being updated."
        englishMore: "It will be back very soon."
        spanish: "Esta exposición se está actualizando."
        spanishMore: "Volverá a estar disponible muy pronto."
    }

    // The question and its framing, as tall as the longest language needs (measured below), so
    // a change of language never moves the invitation, the map or the questions.
    Column {
        id: header
        visible: home.exhibit.hasPanels
        x: Theme.margin
        y: home.headerTop
        width: Theme.portrait ? home.width - 2 * Theme.margin : home.width * 0.34
        height: Math.max(implicitHeight, measure.tallest)
        spacing: Theme.px(16)

        Text {
            id: question
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
            id: framing
            objectName: "home.framing"
            visible: text !== ""
            width: parent.width
            text: home.exhibit.framing
            color: Theme.paper2
            font.pixelSize: Theme.lead
        }
    }
    // The header's height in each language, set as the header sets it.
    Item {
        id: measure
        visible: false
        readonly property real tallest: {
            let most = 0
            for (let i = 0; i < texts.count; ++i)
                most = Math.max(most, texts.itemAt(i)?.height ?? 0)
            return most
        }
        Repeater {
            id: texts
            model: home.exhibit.homeTexts
            delegate: Column {
                required property var modelData
                width: header.width
                spacing: header.spacing
                Text {
                    width: question.width
                    text: parent.modelData.question
                    textFormat: Text.PlainText
                    font: question.font
                    lineHeightMode: Text.FixedHeight
                    lineHeight: question.lineHeight
                    wrapMode: Text.WordWrap
                }
                Text {
                    width: framing.width
                    text: parent.modelData.framing
                    textFormat: Text.PlainText
                    font: framing.font
                    lineHeightMode: Text.FixedHeight
                    lineHeight: framing.lineHeight
                    wrapMode: Text.WordWrap
                }
            }
        }
    }

    // Where to start: the one amber line on home, pointing at the questions.
    Row {
        id: invitation
        objectName: "home.invitation"
        visible: home.exhibit.hasPanels
        x: Theme.margin
        y: header.y + header.height + Theme.px(24)
        spacing: Theme.px(14)
        Text {
            objectName: "home.invitation.text"
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, header.width - Theme.px(48))
            textFormat: Text.PlainText
            text: qsTr("Touch a question to begin")
            color: Theme.amber
            font.family: Theme.fontFamily
            font.pixelSize: Theme.lead
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Icon {
            anchors.verticalCenter: parent.verticalCenter
            name: Theme.portrait ? "down" : "next"
            color: Theme.amber
        }
    }

    // The way into the story by the map: under the invitation in landscape (filling the column's
    // height), a band under the questions in portrait.
    Loader {
        id: mapEntry
        objectName: "home.mapEntry"
        active: home.hasMap
        visible: active
        x: Theme.margin
        y: Theme.portrait ? grid.y + grid.height + Theme.gutter
                          : invitation.y + invitation.height + Theme.px(28)
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
        objectName: "home.questions"
        visible: home.exhibit.hasPanels
        x: Theme.portrait || !home.hasMap ? Theme.margin : header.x + header.width + Theme.px(48)
        y: Theme.portrait ? invitation.y + invitation.height + Theme.px(24)
         : home.hasMap ? home.headerTop : invitation.y + invitation.height + Theme.px(32)
        width: home.width - x - Theme.margin
        // Fill the screen's height when the tiles fit in it (in portrait, above the map's band).
        height: Math.max(implicitHeight, home.height - y - Theme.gap
                         - (Theme.portrait && home.hasMap ? mapEntry.implicitHeight + Theme.gutter : 0))
        columns: Theme.portrait || home.hasMap ? 2 : 3
        columnSpacing: Theme.px(20)
        rowSpacing: Theme.px(20)
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
