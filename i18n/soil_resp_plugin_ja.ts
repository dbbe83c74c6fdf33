<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>SoilRespPlugin</name>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="42" />
      <source>Data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="91" />
      <source>Cancelled: no output was finalised; outputs from earlier runs are untouched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/menu.py" line="8" />
      <source>&amp;Soil Respiration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/provider.py" line="40" />
      <source>Soil respiration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/provider.py" line="43" />
      <source>Soil respiration upscaling</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
