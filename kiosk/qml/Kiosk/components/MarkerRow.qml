// SPDX-License-Identifier: MIT
// The source markers of one card, quotation or outcome.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

Row {
    id: row

    required property var markers
    required property string owner
    signal markerTapped(int number)

    Repeater {
        model: row.markers
        delegate: SourceMarker {
            required property int modelData
            number: modelData
            objectName: "marker." + row.owner + "." + modelData
            onTapped: row.markerTapped(modelData)
        }
    }
}
