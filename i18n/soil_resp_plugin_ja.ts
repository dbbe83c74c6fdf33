<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>SoilRespPlugin</name>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="23" />
      <source>Aggregate SR maps in time</source>
      <translation>土壌呼吸マップの時間集計</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="26" />
      <source>Turns the 8-day maps of 'Upscale soil respiration maps' (their folder, or sr.vrt) into totals, day-weighted: monthly/sr_month_YYYYMM.tif (g C m-2 month-1; an 8-day period that straddles two months gives each month its own days), annual/sr_annual_YYYY.tif (g C m-2 yr-1; the year-end period counts 5 or 6 days), sr_annual_mean.tif (mean of the complete years) and climatology/sr_clim_MM.tif (mean daily rate of each calendar month over the years, g C m-2 d-1).

A year (or month) is totalled only when every one of its periods has a map: a year with missing periods is reported with its coverage and gets no annual total, rather than a total that is silently too small. Pixel gaps (e.g. cloudy predictors) of at most 'Fill pixel gaps of at most this many periods' (MAX_GAP) consecutive periods are filled by linear interpolation in time; pixels with longer gaps get no total.

Region totals in Tg C yr-1 use exact cell areas (on a geographic grid, ellipsoidal band areas that shrink with latitude; on a projected grid the nominal cell area, exact for equal-area projections). They are printed and written to totals.csv and the table output, with coverage, mapped area and the share of gap-filled values.</source>
      <translation>「土壌呼吸マップのアップスケーリング」の8日間マップ(そのフォルダ、または sr.vrt)を日数で重み付けした積算値に変換します: monthly/sr_month_YYYYMM.tif(g C m-2 month-1。2 か月にまたがる8日間期間は、それぞれの月にその月の日数分を割り当てます)、annual/sr_annual_YYYY.tif(g C m-2 yr-1。年末の期間は 5 日または 6 日として数えます)、sr_annual_mean.tif(完全な年の平均)、climatology/sr_clim_MM.tif(各暦月の日平均速度の年間平均、g C m-2 d-1)。

年(または月)の積算値は、そのすべての期間にマップがある場合にのみ計算します。期間が欠けている年はカバー率とともに報告され、黙って小さすぎる積算値を出す代わりに、年積算値は作成されません。ピクセルの欠測(例: 雲による説明変数の欠測)のうち、連続する期間数が「この期間数以下のピクセル欠測を補間」(MAX_GAP)の値以下のものは時間方向の線形補間で補完します。それより長い欠測のあるピクセルには積算値を出しません。

Tg C yr-1 単位の領域積算値には正確なセル面積を使います(地理座標グリッドでは緯度とともに小さくなる楕円体上の帯の面積、投影グリッドでは公称セル面積で、正積図法では正確です)。積算値はカバー率、マップ化面積、補間値の割合とともに表示され、totals.csv とテーブル出力に書き出されます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="46" />
      <source>Folder of 8-day SR maps (sr_YYYYDDD.tif)</source>
      <translation>8日間土壌呼吸マップのフォルダ(sr_YYYYDDD.tif)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="47" />
      <source>The output folder of 'Upscale soil respiration maps' holding the 8-day maps sr_YYYYDDD.tif (g C m-2 d-1). Give this or the VRT (INPUT_VRT), not both.</source>
      <translation>「土壌呼吸マップのアップスケーリング」の出力フォルダで、8日間マップ sr_YYYYDDD.tif(g C m-2 d-1)を含むもの。これか VRT(INPUT_VRT)のどちらか一方を指定します(両方は不可)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="51" />
      <source>…or the SR time series VRT (band descriptions = dates)</source>
      <translation>…または土壌呼吸時系列 VRT(バンドの説明 = 日付)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="52" />
      <source>Instead of the folder (INPUT): the sr.vrt written by upscaling, one band per 8-day period with its date as band description.</source>
      <translation>フォルダ(INPUT)の代わりに、アップスケーリングが書き出した sr.vrt。8日間期間ごとに 1 バンドで、バンドの説明が日付です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="56" />
      <source>Fill pixel gaps of at most this many periods (0: no filling)</source>
      <translation>この期間数以下のピクセル欠測を補間(0: 補間しない)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="58" />
      <source>Pixel gaps of at most this many consecutive 8-day periods (0 to 12, default 3) are filled by linear interpolation in time; pixels with longer gaps get no total. 0 turns filling off.</source>
      <translation>連続してこの期間数以下(0〜12、既定 3)の8日間期間のピクセル欠測を時間方向の線形補間で埋めます。それより長い欠測のあるピクセルには積算値がありません。0 で補間しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="63" />
      <source>Output folder for the totals</source>
      <translation>積算値の出力フォルダ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="63" />
      <source>Receives monthly/, annual/ and climatology/ maps, sr_annual_mean.tif and totals.csv. Existing totals are replaced only with OVERWRITE.</source>
      <translation>monthly/、annual/、climatology/ のマップ、sr_annual_mean.tif、totals.csv を受け取ります。既存の積算値は OVERWRITE を指定したときだけ置き換えます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="67" />
      <source>Region totals per year</source>
      <translation>年ごとの領域積算値</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="68" />
      <source>Table of the region totals (Tg C yr-1) per year and their mean, with coverage, mapped area and share of gap-filled values; the same rows as totals.csv.</source>
      <translation>年ごとの領域積算値(Tg C yr-1)とその平均のテーブル。被覆率、マップ化面積、欠測補間値の割合を含み、totals.csv と同じ行です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="73" />
      <source>Mean annual SR (g C m-2 yr-1)</source>
      <translation>年平均土壌呼吸(g C m-2 yr-1)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="74" />
      <source>Totals table (CSV)</source>
      <translation>積算値テーブル(CSV)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="76" />
      <source>Mean annual region total (Tg C yr-1)</source>
      <translation>領域積算値の年平均(Tg C yr-1)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="78" />
      <source>Complete years</source>
      <translation>完全な年</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="79" />
      <source>1. Observations and predictors</source>
      <translation>1. 観測値と説明変数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="80" />
      <source>2. Models</source>
      <translation>2. モデル</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="81" />
      <source>3. Maps and totals</source>
      <translation>3. マップと積算値</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="82" />
      <source>4. Intercomparison</source>
      <translation>4. 相互比較</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="83" />
      <source>5. Synthetic demo data</source>
      <translation>5. 合成デモデータ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="121" />
      <source>Replace existing output files (never an input)</source>
      <translation>既存の出力ファイルを置き換える(入力ファイルは決して置き換えない)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="122" />
      <source>Off by default: a run stops before any work when an output file already exists. Tick it to replace the results of an earlier run; input files are never replaced.</source>
      <translation>既定で無効: 出力ファイルがすでにあると、処理を始める前に停止します。以前の実行結果を置き換えるときにチェックします。入力ファイルは決して置き換えません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="153" />
      <source>{name}: {value} is not allowed; give a value from {low} to {high}.</source>
      <translation>{name}: {value} は指定できません。{low} から {high} までの値を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="156" />
      <source>{name}: {value} is not allowed; give a value of at least {low}.</source>
      <translation>{name}: {value} は指定できません。{low} 以上の値を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="158" />
      <source>{name}: {value} is not allowed; give a value of at most {high}.</source>
      <translation>{name}: {value} は指定できません。{high} 以下の値を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="161" />
      <source>{name} is required.</source>
      <translation>{name} は必須です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="167" />
      <source>{name}: {value} was not found or is not a {kind}.</source>
      <translation>{name}: {value} が見つからないか、{kind}ではありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="169" />
      <source>folder</source>
      <translation>フォルダ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="170" />
      <source>file</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="171" />
      <source>{name}: the value {value} is not valid.</source>
      <translation>{name}: 値 {value} は無効です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="184" />
      <source>{path} was not found.</source>
      <translation>{path} が見つかりません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="186" />
      <source>{path} is empty (0 bytes): it holds no header, no records and no raster. Export or download it again.</source>
      <translation>{path} は空(0 バイト)です。ヘッダーもレコードもラスタも含まれていません。もう一度エクスポートまたはダウンロードしてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="189" />
      <source>{path} is a folder; give a file here.</source>
      <translation>{path} はフォルダです。ここにはファイルを指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="191" />
      <source>QGIS cannot open {path} as a layer (not a format GDAL/OGR reads, or a damaged file).</source>
      <translation>QGIS は {path} をレイヤとして開けません(GDAL/OGR が読めない形式か、ファイルが破損しています)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="312" />
      <source>Cancelled: no output was finalised; outputs from earlier runs are untouched.</source>
      <translation>キャンセルされました。出力は確定されておらず、以前の実行結果は変更されていません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/build_catalog.py" line="17" />
      <source>Describe predictor catalog</source>
      <translation>説明変数カタログの概要</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/build_catalog.py" line="20" />
      <source>Lists the predictors found in folders of rasters: one row per variable with its unit, source product, time step, first and last 8-day period, number of periods, missing periods (gaps) between the catalog's first and last period, grid and resampling used when reading it onto another grid (nearest for land cover, bilinear otherwise). Files that are not predictors are listed in the log. Run it before extraction to see gaps.

Predictors: folders (scanned recursively) and/or files. Recognised names: AppEEARS GeoTIFFs (MOD11A2.061_LST_Day_1km_doy2005001_aid0001.tif, MOD13A2, MOD15A2H, MOD17A2HGF, MYD equivalents), MODIS HDF4 granules (MOD13A2.A2016145.h18v04.006.*.hdf), MODIStsp files (MOD13A1_NDVI_2016_001.tif), &lt;variable&gt;_doy&lt;YYYYDDD&gt;.tif for soil_temperature and soil_moisture, land cover (MCD12) and elevation, and anything in a static/ folder (used for every date). Other files (e.g. truth/ maps of the target) are skipped and listed in the log. 'File name pattern' (PATTERN) reads your own names: a regular expression with named groups variable and year+doy or date, or a strftime format such as {variable}_%Y%m%d.tif. Multi-band files need one date per band description.

Values are converted to physical units with each product's scale factor (MOD11 LST x 0.02 K, MOD13 /10000, MOD15 LAI x 0.1 and FPAR x 0.01, MOD17 GPP x 0.0001); fill values become missing; files already stored as float are taken as scaled. 16-day products (MOD13) are mapped onto 8-day periods as chosen in '16-day products onto 8-day periods' (TEMPORAL_MAPPING). Values outside a variable's plausible range (e.g. LST in degrees Celsius instead of kelvin, unscaled NDVI saved as float) stop the run with the suspected unit, or warn when only some values are affected.

A browser's second download of a file (name ending ' (1).tif') is read like the original; when both are present and identical, one copy is used.

Daily products (MOD11A1, MYD11A1) are averaged over the valid days of each 8-day period; 'Daily products: valid days' (MIN_VALID_DAYS; advanced, 1..8, default 2) is how many valid days a pixel needs, fewer leave it missing. Tiles of one date are read as one mosaic. GDAL virtual paths (/vsicurl/https://..., /vsis3/bucket/...) are accepted as files.

The scan is cached in the user's cache folder (~/.cache/soil_resp_plugin, or SOILRESP_CACHE_DIR), never in the data folders: re-opening unchanged files takes seconds; a file whose size or modification time changed, and every added file, is opened again.</source>
      <translation>ラスタのフォルダ内で見つかった説明変数を一覧表示します: 変数ごとに 1 行で、単位、元のプロダクト、時間ステップ、最初と最後の8日間期間、期間数、カタログの最初と最後の期間の間で欠けている期間(ギャップ)、グリッド、別のグリッドに読み込む際のリサンプリング方法(土地被覆は最近傍、それ以外はバイリニア)。説明変数でないファイルはログに一覧表示されます。抽出の前に実行してギャップを確認してください。

説明変数: フォルダ(再帰的に走査)とファイルのいずれか、または両方。認識するファイル名: AppEEARS の GeoTIFF(MOD11A2.061_LST_Day_1km_doy2005001_aid0001.tif、MOD13A2、MOD15A2H、MOD17A2HGF、および対応する MYD)、MODIS HDF4 グラニュール(MOD13A2.A2016145.h18v04.006.*.hdf)、MODIStsp のファイル(MOD13A1_NDVI_2016_001.tif)、soil_temperature と soil_moisture の &lt;variable&gt;_doy&lt;YYYYDDD&gt;.tif、土地被覆(MCD12)と標高、および static/ フォルダ内のすべてのファイル(すべての日付に使用)。その他のファイル(例: 目的変数の truth/ マップ)はスキップされ、ログに一覧表示されます。「その他のファイル名のパターン」(PATTERN)で独自のファイル名を読み込めます: 名前付きグループ variable と year+doy または date を含む正規表現、または {variable}_%Y%m%d.tif のような strftime 形式です。マルチバンドのファイルでは、バンドの説明ごとに 1 つの日付が必要です。

値は各プロダクトのスケール係数で物理単位に換算されます(MOD11 地表面温度 × 0.02 K、MOD13 / 10000、MOD15 LAI × 0.1・FPAR × 0.01、MOD17 GPP × 0.0001)。欠測値(フィル値)は欠測になり、すでに浮動小数点で保存されたファイルはスケール済みとみなします。16日間プロダクト(MOD13)は「16日間プロダクトの8日間期間への割り当て」(TEMPORAL_MAPPING)で選んだ方法で8日間期間に割り当てられます。変数の妥当な範囲を外れる値(例: ケルビンではなく摂氏の地表面温度、スケールされていない NDVI を浮動小数点で保存したもの)があると、推定される単位を示して実行を停止します。一部の値だけが該当する場合は警告します。

ブラウザで 2 回目にダウンロードされたファイル(名前が ' (1).tif' で終わるもの)は元のファイルと同様に読み込まれます。両方があり内容が同一の場合は、1 つだけを使います。

日別プロダクト(MOD11A1、MYD11A1)は各8日間期間の有効な日の平均になります。「日別プロダクト: 8日間期間にピクセルが必要とする有効日数」(MIN_VALID_DAYS。詳細設定、1..8、既定値 2)はピクセルに必要な有効日数で、これに満たないピクセルは欠測になります。同じ日付のタイルは1つのモザイクとして読み込まれます。GDAL の仮想パス(/vsicurl/https://...、/vsis3/bucket/...)もファイルとして指定できます。

スキャン結果はユーザーのキャッシュフォルダ(~/.cache/soil_resp_plugin、または SOILRESP_CACHE_DIR)に保存され、データフォルダには決して書き込まれません。変更のないファイルは数秒で再読み込みでき、サイズまたは更新時刻が変わったファイルと追加されたファイルだけが再び開かれます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/build_catalog.py" line="34" />
      <source>Predictor catalog</source>
      <translation>説明変数カタログ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/build_catalog.py" line="35" />
      <source>Table with one row per variable: unit, source product, time step, first and last period, number of periods, gaps, grid and resampling.</source>
      <translation>変数ごとに 1 行のテーブル: 単位、元のプロダクト、時間ステップ、最初と最後の期間、期間数、欠測、グリッド、リサンプリング方法。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/build_catalog.py" line="38" />
      <source>Number of variables</source>
      <translation>変数の数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/build_catalog.py" line="39" />
      <source>First period</source>
      <translation>最初の期間</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/build_catalog.py" line="40" />
      <source>Last period</source>
      <translation>最後の期間</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="57" />
      <source>Compare SR maps with another product</source>
      <translation>土壌呼吸マップと他のプロダクトの比較</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="60" />
      <source>Compares our SR maps (the folder of 8-day sr_YYYYDDD.tif maps of 'Upscale soil respiration maps', any *YYYYDDD*.tif series in g C m-2 d-1 such as the demo's truth/, or the monthly/annual totals of 'Aggregate SR maps in time') with another gridded SR product: a netCDF (e.g. Hashimoto et al. 2015: 0.5°, longitudes 0–360, fill -999, CF time) or a GeoTIFF (e.g. Warner et al. 2019: one static annual map, EPSG:4326).

Both are brought to the coarser grid (area-weighted mean of the finer one's valid cells; a cell counts only where valid cells cover 'Minimum valid fraction of a coarse cell's land' (MIN_VALID_FRACTION) of its land) and to the product's time step in common units: monthly totals (g C m-2 month-1; 8-day rates weighted by their days in each month) or annual totals (g C m-2 yr-1). Only months or years fully covered by our maps are compared. A static product is compared with the mean annual total of our complete years.

'The product is heterotrophic respiration' (OTHER_IS_RH) converts a heterotrophic respiration product to soil respiration with Bond-Lamberty et al. (2004), ln Rh = 1.22 + 0.73 ln Rs, on annual totals only (a monthly Rh product is summed to years first); the result is approximate.

Outputs: statistics per step and pooled (n, R2, RMSE, bias, relative bias, OLS slope/intercept, slope through the origin, Taylor statistics, region totals in Tg C of both), the mean difference map other − ours, and an HTML report (scatter, Taylor diagram, latitude profile, seasonal cycle, difference map). With 'Observations' (OBSERVATIONS) (the table of 'Import soil respiration observations'), our 8-day maps are sampled at the sites for the observed periods and per-site metrics are added.

Several products: 'More SR products' (OTHER_PRODUCTS) takes a list of files (variable, unit, flux Rs/Rh and time step from each file's metadata, or per file in 'Settings of the OTHER_PRODUCTS files' (PRODUCT_OPTIONS), e.g. 'rh.nc: flux=Rh; step=year'); all are shown side by side. 'Our SR maps' (OUR_MAPS) may also be the upscaling's sr.vrt or a multi-band GeoTIFF/netCDF with dated bands. The report measures (a) spatial detail (variance of block means at 1-50 km, our maps' standard deviation inside each product cell), (b) temporal detail (the share of sub-monthly and monthly variance each product reproduces, seasonal amplitude and peak day) and (c) agreement at the sites for every product, with breakdowns by latitude band and land cover. Annual totals are calendar-year sums (leap years exact). 'Folder for every product's difference and ratio maps' (MAPS_FOLDER) receives a difference and a ratio map per product, loaded as layers.</source>
      <translation>本プラグインの土壌呼吸マップ(「土壌呼吸マップのアップスケーリング」の8日間 sr_YYYYDDD.tif マップのフォルダ、デモの truth/ のような g C m-2 d-1 単位の任意の *YYYYDDD*.tif 時系列、または「土壌呼吸マップの時間集計」の月・年積算値)を、別のグリッド土壌呼吸プロダクトと比較します: netCDF(例: Hashimoto et al. 2015: 0.5°、経度 0–360、欠測値 -999、CF 時間)または GeoTIFF(例: Warner et al. 2019: 静的な年マップ 1 枚、EPSG:4326)。

両者は粗い方のグリッド(細かい方の有効セルの面積加重平均。有効セルがセルの陸域の「粗いセルの陸域に占める有効セルの最小割合」(MIN_VALID_FRACTION)以上を覆う場合のみ有効)と、プロダクトの時間ステップに共通の単位でそろえられます: 月積算値(g C m-2 month-1。8日間の速度を各月に含まれる日数で重み付け)または年積算値(g C m-2 yr-1)。本プラグインのマップで完全に覆われる月または年だけを比較します。静的プロダクトは、本プラグインの完全な年の年積算値の平均と比較します。

「プロダクトは従属栄養呼吸(Rh)である」(OTHER_IS_RH)は、従属栄養呼吸(Rh)のプロダクトを Bond-Lamberty et al. (2004) の ln Rh = 1.22 + 0.73 ln Rs により、年積算値についてのみ土壌呼吸に換算します(月単位の Rh プロダクトは先に年に合計します)。結果は近似値です。

出力: ステップごとおよび全体の統計量(n、R2、RMSE、バイアス、相対バイアス、OLS の傾き・切片、原点を通る回帰の傾き、テイラー統計量、両者の Tg C 単位の領域積算値)、平均差マップ(比較プロダクト − 本プラグイン)、HTML レポート(散布図、テイラー図、緯度プロファイル、季節変化、差分マップ)。「サイトで比較する観測値」(OBSERVATIONS)(「土壌呼吸観測値のインポート」のテーブル)を指定すると、本プラグインの8日間マップを観測期間のサイト位置で抽出し、サイトごとの指標を追加します。

複数のプロダクト: 「追加の土壌呼吸プロダクト」(OTHER_PRODUCTS)にはファイルのリストを指定します(変数、単位、フラックス Rs/Rh、時間ステップは各ファイルのメタデータから、または「OTHER_PRODUCTS の各ファイルの設定」(PRODUCT_OPTIONS)でファイルごとに指定。例: 'rh.nc: flux=Rh; step=year')。すべてのプロダクトが並べて表示されます。「本プラグインの土壌呼吸マップ」(OUR_MAPS)には、アップスケーリングの sr.vrt や、日付付きバンドをもつマルチバンド GeoTIFF/netCDF も指定できます。レポートでは、(a) 空間的詳細(1–50 km でのブロック平均の分散、各プロダクトのセル内での本プラグインのマップの標準偏差)、(b) 時間的詳細(各プロダクトが再現する月未満および月単位の分散の割合、季節振幅、ピーク日)、(c) すべてのプロダクトについてのサイトでの一致度を、緯度帯別と土地被覆別の内訳とともに評価します。年積算値は暦年の合計です(うるう年も正確に扱います)。「各プロダクトの差分マップと比マップのフォルダ」(MAPS_FOLDER)にはプロダクトごとに差分マップと比マップが書き出され、レイヤとして読み込まれます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="96" />
      <source>Our SR maps (folder of sr_YYYYDDD.tif, or of monthly/annual totals)</source>
      <translation>本プラグインの土壌呼吸マップ(sr_YYYYDDD.tif、または月・年積算値のフォルダ)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="98" />
      <source>The folder of 8-day sr_YYYYDDD.tif maps of 'Upscale soil respiration maps' (any *YYYYDDD*.tif series in g C m-2 d-1), or the monthly/annual totals of 'Aggregate SR maps in time'.</source>
      <translation>「土壌呼吸マップのアップスケーリング」の8日間マップ sr_YYYYDDD.tif のフォルダ(g C m-2 d-1 の任意の *YYYYDDD*.tif 系列)、または「土壌呼吸マップの時間集計」の月・年積算値。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="103" />
      <source>Other SR product (netCDF or GeoTIFF)</source>
      <translation>比較する土壌呼吸プロダクト(netCDF または GeoTIFF)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="105" />
      <source>The product to compare with: a netCDF (e.g. Hashimoto et al. 2015) or a GeoTIFF (e.g. Warner et al. 2019). Give this and/or 'More SR products' (OTHER_PRODUCTS).</source>
      <translation>比較するプロダクト: netCDF(例: Hashimoto et al. 2015)または GeoTIFF(例: Warner et al. 2019)。これと「追加の土壌呼吸プロダクト」(OTHER_PRODUCTS)の一方または両方を指定します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="109" />
      <source>More SR products (files; variable, unit, flux and time step from their metadata or PRODUCT_OPTIONS)</source>
      <translation>追加の土壌呼吸プロダクト(ファイル。変数・単位・フラックス・時間ステップはメタデータまたは PRODUCT_OPTIONS から)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="111" />
      <source>More product files, shown side by side; variable, unit, flux (Rs/Rh) and time step come from each file's metadata or from its line in PRODUCT_OPTIONS.</source>
      <translation>並べて表示する追加のプロダクトファイル。変数、単位、フラックス(Rs/Rh)、時間ステップは各ファイルのメタデータ、または PRODUCT_OPTIONS のその行から取ります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="115" />
      <source>Settings of the OTHER_PRODUCTS files, one line each: 'file.nc: variable=rh; unit=g C m-2 yr-1; flux=Rh; step=year; nodata=-1'</source>
      <translation>OTHER_PRODUCTS の各ファイルの設定(1 行に 1 ファイル): 'file.nc: variable=rh; unit=g C m-2 yr-1; flux=Rh; step=year; nodata=-1'</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="118" />
      <source>One line per OTHER_PRODUCTS file: its name, a colon and settings separated by semicolons, e.g. 'rh.nc: flux=Rh; step=year'. Empty: everything from the files' metadata.</source>
      <translation>OTHER_PRODUCTS のファイルごとに 1 行: ファイル名、コロン、セミコロン区切りの設定(例: 'rh.nc: flux=Rh; step=year')。空欄: すべてファイルのメタデータから取ります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="123" />
      <source>netCDF variable (empty: the only data variable)</source>
      <translation>netCDF 変数(空欄: 唯一のデータ変数)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="124" />
      <source>Name of the variable to read from the netCDF of 'Other SR product' (OTHER_PRODUCT). Empty (default): the file's only data variable.</source>
      <translation>「比較する土壌呼吸プロダクト」(OTHER_PRODUCT)の netCDF から読む変数の名前。空欄(既定): ファイル内の唯一のデータ変数。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="128" />
      <source>Unit of the other product</source>
      <translation>比較プロダクトの単位</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="129" />
      <source>From the file (units attribute)</source>
      <translation>ファイルから(units 属性)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="129" />
      <source>Unit of 'Other SR product' (OTHER_PRODUCT). Default: the file's units attribute; choose a unit when the file has none or a wrong one.</source>
      <translation>「比較する土壌呼吸プロダクト」(OTHER_PRODUCT)の単位。既定: ファイルの units 属性。ファイルに単位がないか誤っているときに単位を選びます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="129" />
      <source>g C m-2 d-1</source>
      <translation>g C m-2 d-1</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="129" />
      <source>g C m-2 month-1</source>
      <translation>g C m-2 month-1</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="129" />
      <source>g C m-2 s-1</source>
      <translation>g C m-2 s-1</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="129" />
      <source>g C m-2 yr-1</source>
      <translation>g C m-2 yr-1</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="129" />
      <source>kg C m-2 d-1</source>
      <translation>kg C m-2 d-1</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="129" />
      <source>kg C m-2 month-1</source>
      <translation>kg C m-2 month-1</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="129" />
      <source>kg C m-2 s-1</source>
      <translation>kg C m-2 s-1</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="129" />
      <source>kg C m-2 yr-1</source>
      <translation>kg C m-2 yr-1</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="129" />
      <source>mg C m-2 d-1</source>
      <translation>mg C m-2 d-1</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="129" />
      <source>µmol CO2 m-2 s-1</source>
      <translation>µmol CO2 m-2 s-1</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="133" />
      <source>Time step of the comparison</source>
      <translation>比較の時間ステップ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="134" />
      <source>Annual</source>
      <translation>年</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="134" />
      <source>Auto (from the time axis)</source>
      <translation>自動(時間軸から判定)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="134" />
      <source>Monthly</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="134" />
      <source>Monthly, annual or static (one mean annual map) comparison. Auto (default) takes the step from the product's time axis.</source>
      <translation>月別、年別、または静的(平均年間マップ 1 枚)の比較。自動(既定)はプロダクトの時間軸から時間ステップを決めます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="134" />
      <source>Static (one mean annual map)</source>
      <translation>静的(年平均マップ 1 枚)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="138" />
      <source>The product is heterotrophic respiration (convert to Rs, annual only)</source>
      <translation>プロダクトは従属栄養呼吸(Rh)である(Rs に換算、年単位のみ)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="139" />
      <source>Tick when the product is heterotrophic respiration: it is converted to soil respiration with Bond-Lamberty et al. (2004), on annual totals only; the result is approximate.</source>
      <translation>プロダクトが従属栄養呼吸のときにチェックします: Bond-Lamberty et al. (2004) により年積算値でのみ土壌呼吸に換算します。結果は近似値です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="144" />
      <source>Observations (site x 8-day table) to compare at the sites</source>
      <translation>サイトで比較する観測値(サイト × 8日間期間のテーブル)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="145" />
      <source>Optional: the table of 'Import soil respiration observations'. Our 8-day maps are then sampled at the sites for the observed periods and per-site metrics are added.</source>
      <translation>任意: 「土壌呼吸観測値のインポート」のテーブル。指定すると、本プラグインの8日間マップを観測期間についてサイトで抽出し、サイトごとの指標を追加します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="151" />
      <source>Minimum valid fraction of a coarse cell's land</source>
      <translation>粗いセルの陸域に占める有効セルの最小割合</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="153" />
      <source>A coarse cell is compared only where valid fine cells cover at least this fraction of its land (0.01 to 1, default 0.5). Raise it for stricter comparisons.</source>
      <translation>粗いセルは、有効な細かいセルがその陸域のこの割合以上(0.01〜1、既定 0.5)を覆う場合にのみ比較します。より厳密に比較するには大きくします。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="158" />
      <source>Minimum land fraction of a coarse cell (0: any land)</source>
      <translation>粗いセルの最小陸域割合(0: 陸域があれば可)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="161" />
      <source>Coarse cells with less land than this fraction are left out (0 to 1; default 0: any land). Raise it to drop coastal cells.</source>
      <translation>陸域の割合がこれより小さい粗いセルは除外します(0〜1。既定 0: 陸域があれば可)。沿岸のセルを除くには大きくします。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="165" />
      <source>Extra fill value of the product (besides -999, _FillValue, nodata)</source>
      <translation>プロダクトの追加の欠測値(-999、_FillValue、nodata 以外)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="167" />
      <source>A fill value of the product besides -999, _FillValue and the file's nodata, e.g. -1. Empty (default): none.</source>
      <translation>-999、_FillValue、ファイルの nodata 以外のプロダクトの欠測値(例: -1)。空欄(既定): なし。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="171" />
      <source>Land-cover classes for a breakdown (majority class per compared cell)</source>
      <translation>内訳に使う土地被覆クラス(比較セルごとの最多クラス)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="172" />
      <source>Optional raster of land-cover classes: the report breaks the statistics down by the majority class of each compared cell.</source>
      <translation>任意の土地被覆クラスのラスタ: レポートで、比較セルごとの最多クラス別に統計を分けて示します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="176" />
      <source>Width of the latitude bands of the breakdown (degrees)</source>
      <translation>内訳の緯度帯の幅(度)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="178" />
      <source>Width of the latitude bands of the report's breakdown, in degrees (0.5 to 90, default 10).</source>
      <translation>レポートの内訳に使う緯度帯の幅(度。0.5〜90、既定 10)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="182" />
      <source>Fill pixel gaps of our 8-day maps of at most this many periods</source>
      <translation>本プラグインの8日間マップで、この期間数以下のピクセル欠測を補間</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="185" />
      <source>Pixel gaps of our 8-day maps of at most this many consecutive periods (0 to 12, default 3) are filled by linear interpolation before totalling; 0: no filling.</source>
      <translation>本プラグインの8日間マップで、連続してこの期間数以下(0〜12、既定 3)のピクセル欠測を積算の前に線形補間で埋めます。0: 補間しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="191" />
      <source>Comparison statistics</source>
      <translation>比較統計</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="191" />
      <source>Statistics per time step and pooled: n, R2, RMSE, bias, relative bias, OLS slope and intercept, slope through the origin, Taylor statistics, region totals.</source>
      <translation>時間ステップごとおよび全体の統計: n、R2、RMSE、バイアス、相対バイアス、OLS の傾きと切片、原点を通る傾き、テイラー統計量、領域積算値。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="196" />
      <source>Comparison statistics (CSV)</source>
      <translation>比較統計(CSV)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="197" />
      <source>CSV files (*.csv)</source>
      <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="197" />
      <source>Optional: the comparison statistics also as a CSV file.</source>
      <translation>任意: 比較統計を CSV ファイルとしても出力します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="200" />
      <source>GeoTIFF (.tif) of the mean difference other - ours on the common coarse grid, in the unit of the compared time step.</source>
      <translation>共通の粗いグリッド上での平均差(比較プロダクト − 本プラグイン)の GeoTIFF(.tif)。単位は比較する時間ステップのもの。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="200" />
      <source>Mean difference, other - ours</source>
      <translation>平均差(比較プロダクト − 本プラグイン)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="204" />
      <source>Ratio of the sums, other / ours</source>
      <translation>合計値の比(比較プロダクト / 本プラグイン)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="205" />
      <source>Optional GeoTIFF (.tif): the ratio of the sums, other / ours, per cell.</source>
      <translation>任意の GeoTIFF(.tif): セルごとの合計値の比(比較プロダクト / 本プラグイン)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="208" />
      <source>Folder for every product's difference and ratio maps</source>
      <translation>各プロダクトの差分マップと比マップのフォルダ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="209" />
      <source>Optional folder that receives a difference and a ratio map per product (difference_&lt;product&gt;.tif, ratio_&lt;product&gt;.tif), loaded as layers.</source>
      <translation>任意のフォルダ: プロダクトごとの差分マップと比マップ(difference_&lt;product&gt;.tif、ratio_&lt;product&gt;.tif)を受け取り、レイヤとして読み込みます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="213" />
      <source>Spatial detail: variance by scale (CSV)</source>
      <translation>空間的詳細: スケール別の分散(CSV)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="214" />
      <source>Optional CSV: variance of block means at 1-50 km and our maps' standard deviation inside each product cell.</source>
      <translation>任意の CSV: 1〜50 km でのブロック平均の分散と、各プロダクトのセル内での本プラグインのマップの標準偏差。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="218" />
      <source>Temporal detail: variance reproduced (CSV)</source>
      <translation>時間的詳細: 再現された分散(CSV)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="219" />
      <source>Optional CSV: the share of sub-monthly and monthly variance each product reproduces, seasonal amplitude and peak day.</source>
      <translation>任意の CSV: 各プロダクトが再現する月未満および月単位の分散の割合、季節振幅、ピーク日。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="223" />
      <source>Comparison report</source>
      <translation>比較レポート</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="223" />
      <source>HTML files (*.html)</source>
      <translation>HTML ファイル (*.html)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="223" />
      <source>HTML report with scatter plot, Taylor diagram, latitude profile, seasonal cycle and difference map.</source>
      <translation>散布図、テイラー図、緯度プロファイル、季節変化、差分マップを含む HTML レポート。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="228" />
      <source>Cells compared</source>
      <translation>比較したセル数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="228" />
      <source>Observation rows compared</source>
      <translation>比較した観測値の行数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="228" />
      <source>Pooled OLS slope</source>
      <translation>全体の OLS 傾き</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="228" />
      <source>Pooled R2</source>
      <translation>全体の R2</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="228" />
      <source>Pooled RMSE</source>
      <translation>全体の RMSE</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="228" />
      <source>Pooled bias (other - ours)</source>
      <translation>全体のバイアス(比較プロダクト − 本プラグイン)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="228" />
      <source>Pooled slope through the origin</source>
      <translation>全体の原点を通る回帰の傾き</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="228" />
      <source>Ratio of region totals (other / ours)</source>
      <translation>領域積算値の比(比較プロダクト / 本プラグイン)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="228" />
      <source>Time steps compared</source>
      <translation>比較した時間ステップ数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="230" />
      <source>Difference and ratio maps of every product</source>
      <translation>各プロダクトの差分マップと比マップ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="18" />
      <source>Create synthetic demo dataset</source>
      <translation>合成デモデータセットを作成</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="21" />
      <source>Writes a SYNTHETIC demo region over Japan (122-154 E, 24-46 N, EPSG:4326) with a known truth, for trying and testing the upscaling chain: AppEEARS-style MODIS predictor GeoTIFFs (LST, NDVI, EVI, LAI, GPP with their real integer encodings and fill values), gridded soil temperature and moisture, the true soil respiration of every 8-day period, chamber observations at eight Japanese sites in COSORE layout, and a biased 0.5 degree monthly 'global product' (netCDF). The land mask is the real MCD12C1 land cover. The same seed gives byte-identical files. The output folder must be new or empty; README.md inside lists every file and the formulas.

'Cell size' (CELL_SIZE) must tile the region from 0.05 degree cells: 0.05, 0.1, 0.2, 0.25, 0.4, 0.5, 1 or 2 degrees. The default (0.05 degrees, 2 years) takes under a minute.</source>
      <translation>既知の真値をもつ日本域(122–154°E、24–46°N、EPSG:4326)の「合成」デモ領域を書き出します。アップスケーリングの一連の処理を試したりテストしたりするためのものです: AppEEARS 形式の MODIS 説明変数 GeoTIFF(地表面温度 LST、NDVI、EVI、LAI、GPP。実際の整数エンコードと欠測値付き)、グリッド化された地温と土壌水分、各8日間期間の真の土壌呼吸、日本の 8 サイトにおける COSORE 形式のチャンバー観測値、バイアスを含む 0.5 度・月単位の「全球プロダクト」(netCDF)。陸域マスクは実際の MCD12C1 土地被覆です。同じシードからはバイト単位で同一のファイルが得られます。出力フォルダは新規または空でなければなりません。フォルダ内の README.md にすべてのファイルと計算式が記載されています。

「セルサイズ」(CELL_SIZE)は 0.05 度のセルで領域を敷き詰められる値でなければなりません: 0.05、0.1、0.2、0.25、0.4、0.5、1、2 度。既定値(0.05 度、2 年)では 1 分未満で終わります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="43" />
      <source>Random seed</source>
      <translation>乱数シード</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="43" />
      <source>Seed of the random numbers (default 42): the same seed gives byte-identical files. Change it for another synthetic dataset.</source>
      <translation>乱数のシード(既定 42): 同じシードではバイト単位で同一のファイルになります。別の合成データセットを作るときに変更します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="47" />
      <source>First year</source>
      <translation>開始年</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="48" />
      <source>First calendar year of the demo data (2000 to 2100, default 2005).</source>
      <translation>デモデータの最初の暦年(2000〜2100、既定 2005)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="51" />
      <source>Number of years</source>
      <translation>年数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="52" />
      <source>How many years of 8-day periods to write (1 to 30, default 2). More years take longer and more disk space.</source>
      <translation>書き出す8日間期間の年数(1〜30、既定 2)。年数を増やすと時間とディスク容量が多く必要です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="56" />
      <source>Cell size (degrees, a multiple of 0.05)</source>
      <translation>セルサイズ(度、0.05 の倍数)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="58" />
      <source>Grid cell size in degrees: 0.05 (default), 0.1, 0.2, 0.25, 0.4, 0.5, 1 or 2. Larger cells give smaller files and faster runs.</source>
      <translation>グリッドのセルサイズ(度): 0.05(既定)、0.1、0.2、0.25、0.4、0.5、1、2。セルを大きくするとファイルが小さく、実行が速くなります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="62" />
      <source>Folder for the demo dataset; it must be new or empty. README.md inside lists every file.</source>
      <translation>デモデータセットのフォルダ。新規または空である必要があります。中の README.md にすべてのファイルを記載しています。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="62" />
      <source>Output folder (new or empty)</source>
      <translation>出力フォルダ(新規または空)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="66" />
      <source>Land cover of the demo grid</source>
      <translation>デモグリッドの土地被覆</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="67" />
      <source>Predictor folder</source>
      <translation>説明変数フォルダ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="68" />
      <source>True soil respiration folder</source>
      <translation>真の土壌呼吸のフォルダ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="69" />
      <source>Observations folder</source>
      <translation>観測値フォルダ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="70" />
      <source>Site table (CSV)</source>
      <translation>サイトテーブル(CSV)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="72" />
      <source>Global product (netCDF)</source>
      <translation>全球プロダクト(netCDF)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="73" />
      <source>README</source>
      <translation>README</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="74" />
      <source>Number of files written</source>
      <translation>書き出したファイル数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="75" />
      <source>Number of 8-day periods</source>
      <translation>8日間期間の数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="97" />
      <source>Demo land cover (MCD12C1, real)</source>
      <translation>デモの土地被覆(MCD12C1、実データ)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/describe_model.py" line="13" />
      <source>Describe soil respiration model</source>
      <translation>土壌呼吸モデルの概要</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/describe_model.py" line="16" />
      <source>Loads a model file written by soilresp:trainmodel the way upscaling will (checking its .json sidecar, SHA-256 and the scikit-learn version) and prints what it needs and how well it validated: predictors in order with units and the map (catalog variable) each is upscaled with, training sites, period and region, hyperparameters, cross-validation metrics (LOLO_R2, LOLO_RMSE: leave-one-location-out; LOSO_R2, LOSO_RMSE: the same values under the ids of earlier versions), area-of-applicability threshold and library versions. A model file is a pickle: loading it runs code, so open only models you trust.</source>
      <translation>soilresp:trainmodel が書き出したモデルファイルを、アップスケーリング時と同じ方法で読み込み(.json サイドカー、SHA-256、scikit-learn のバージョンを確認)、モデルに必要なものと検証結果を表示します: 順序どおりの説明変数とその単位、各説明変数のアップスケーリングに使うマップ(カタログ変数)、学習サイト、期間と領域、ハイパーパラメータ、交差検証の指標(LOLO_R2、LOLO_RMSE: 1地点除外交差検証。LOSO_R2、LOSO_RMSE: 以前のバージョンの ID で出力される同じ値)、適用可能領域(AOA)の閾値、ライブラリのバージョン。モデルファイルは pickle であり、読み込むとコードが実行されるため、信頼できるモデルだけを開いてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/describe_model.py" line="29" />
      <source>A .joblib model written by 'Train soil respiration models', with its .json sidecar next to it. Loading a model runs code: open only models you trust.</source>
      <translation>「土壌呼吸モデルの学習」が書き出した .joblib モデルで、隣に .json サイドカーがあるもの。モデルの読み込みはコードを実行します: 信頼できるモデルだけを開いてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/describe_model.py" line="29" />
      <source>Model file</source>
      <translation>モデルファイル</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/describe_model.py" line="36" />
      <source>Catalog variables (comma-separated)</source>
      <translation>カタログ変数(カンマ区切り)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/describe_model.py" line="36" />
      <source>Predictors (comma-separated, in order)</source>
      <translation>説明変数(カンマ区切り、順序どおり)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/describe_model.py" line="36" />
      <source>Summary</source>
      <translation>概要</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/describe_model.py" line="36" />
      <source>scikit-learn version</source>
      <translation>scikit-learn のバージョン</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/describe_model.py" line="45" />
      <source>Area-of-applicability DI threshold</source>
      <translation>適用可能領域(AOA)の非類似度指数(DI)閾値</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/describe_model.py" line="45" />
      <source>Leave-one-location-out R2</source>
      <translation>1地点除外交差検証の R2</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/describe_model.py" line="45" />
      <source>Leave-one-location-out R2 (old id LOSO_R2)</source>
      <translation>1地点除外交差検証の R2(旧 ID LOSO_R2)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/describe_model.py" line="45" />
      <source>Leave-one-location-out RMSE (g C m-2 d-1)</source>
      <translation>1地点除外交差検証の RMSE(g C m-2 d-1)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/describe_model.py" line="45" />
      <source>Leave-one-location-out RMSE (g C m-2 d-1) (old id LOSO_RMSE)</source>
      <translation>1地点除外交差検証の RMSE(g C m-2 d-1)(旧 ID LOSO_RMSE)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="51" />
      <source>Extract predictors at sites</source>
      <translation>サイトでの説明変数の抽出</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="54" />
      <source>Builds the training table: for each row of the observation table (site x 8-day period, from 'Import soil respiration observations') it samples every predictor of the catalog for that period at the site. Site lon/lat (EPSG:4326) are transformed to each raster's CRS (e.g. MODIS sinusoidal).

Predictors: folders (scanned recursively) and/or files. Recognised names: AppEEARS GeoTIFFs (MOD11A2.061_LST_Day_1km_doy2005001_aid0001.tif, MOD13A2, MOD15A2H, MOD17A2HGF, MYD equivalents), MODIS HDF4 granules (MOD13A2.A2016145.h18v04.006.*.hdf), MODIStsp files (MOD13A1_NDVI_2016_001.tif), &lt;variable&gt;_doy&lt;YYYYDDD&gt;.tif for soil_temperature and soil_moisture, land cover (MCD12) and elevation, and anything in a static/ folder (used for every date). Other files (e.g. truth/ maps of the target) are skipped and listed in the log. 'File name pattern' (PATTERN) reads your own names: a regular expression with named groups variable and year+doy or date, or a strftime format such as {variable}_%Y%m%d.tif. Multi-band files need one date per band description.

Values are converted to physical units with each product's scale factor (MOD11 LST x 0.02 K, MOD13 /10000, MOD15 LAI x 0.1 and FPAR x 0.01, MOD17 GPP x 0.0001); fill values become missing; files already stored as float are taken as scaled. 16-day products (MOD13) are mapped onto 8-day periods as chosen in '16-day products onto 8-day periods' (TEMPORAL_MAPPING). Values outside a variable's plausible range (e.g. LST in degrees Celsius instead of kelvin, unscaled NDVI saved as float) stop the run with the suspected unit, or warn when only some values are affected.

A browser's second download of a file (name ending ' (1).tif') is read like the original; when both are present and identical, one copy is used.

Daily products (MOD11A1, MYD11A1) are averaged over the valid days of each 8-day period; 'Daily products: valid days' (MIN_VALID_DAYS; advanced, 1..8, default 2) is how many valid days a pixel needs, fewer leave it missing. Tiles of one date are read as one mosaic. GDAL virtual paths (/vsicurl/https://..., /vsis3/bucket/...) are accepted as files.

The scan is cached in the user's cache folder (~/.cache/soil_resp_plugin, or SOILRESP_CACHE_DIR), never in the data folders: re-opening unchanged files takes seconds; a file whose size or modification time changed, and every added file, is opened again.

Window size 1 takes the site's cell; N (odd) takes the mean of the valid cells of an N x N window and adds &lt;variable&gt;_n_valid (land cover: the most frequent class). Time features add doy_sin and doy_cos of the period's middle day.

Sites outside a raster, on fill values or in periods without a raster are reported per site in the log; such rows are dropped or kept with missing values (MISSING).

FILL_GAPS (advanced, off by default: the table holds observed values only) fills a predictor missing at a site in time as upscaling does: linear interpolation across at most MAX_FILL_GAP missing 8-day periods, else the mean of the site's values in the same period of the other years; a column &lt;variable&gt;_filled says how (0 observed, 1 interpolated, 2 multi-year mean, 3 still missing).

Output: the observation columns + one column per predictor, named by its canonical id (lst_day, lst_night, ndvi, evi, lai, fpar, gpp, landcover, elevation, soil_temperature, soil_moisture, ...). The units of every column are in the log, the UNITS output and &lt;output&gt;.units.json next to file outputs.</source>
      <translation>学習テーブルを作成します: 観測テーブル(サイト × 8日間期間、「土壌呼吸観測値のインポート」の出力)の各行について、その期間のカタログのすべての説明変数をサイト位置で抽出します。サイトの lon/lat(EPSG:4326)は各ラスタの CRS(例: MODIS サイン曲線図法)に変換されます。

説明変数: フォルダ(再帰的に走査)とファイルのいずれか、または両方。認識するファイル名: AppEEARS の GeoTIFF(MOD11A2.061_LST_Day_1km_doy2005001_aid0001.tif、MOD13A2、MOD15A2H、MOD17A2HGF、および対応する MYD)、MODIS HDF4 グラニュール(MOD13A2.A2016145.h18v04.006.*.hdf)、MODIStsp のファイル(MOD13A1_NDVI_2016_001.tif)、soil_temperature と soil_moisture の &lt;variable&gt;_doy&lt;YYYYDDD&gt;.tif、土地被覆(MCD12)と標高、および static/ フォルダ内のすべてのファイル(すべての日付に使用)。その他のファイル(例: 目的変数の truth/ マップ)はスキップされ、ログに一覧表示されます。「その他のファイル名のパターン」(PATTERN)で独自のファイル名を読み込めます: 名前付きグループ variable と year+doy または date を含む正規表現、または {variable}_%Y%m%d.tif のような strftime 形式です。マルチバンドのファイルでは、バンドの説明ごとに 1 つの日付が必要です。

値は各プロダクトのスケール係数で物理単位に換算されます(MOD11 地表面温度 × 0.02 K、MOD13 / 10000、MOD15 LAI × 0.1・FPAR × 0.01、MOD17 GPP × 0.0001)。欠測値(フィル値)は欠測になり、すでに浮動小数点で保存されたファイルはスケール済みとみなします。16日間プロダクト(MOD13)は「16日間プロダクトの8日間期間への割り当て」(TEMPORAL_MAPPING)で選んだ方法で8日間期間に割り当てられます。変数の妥当な範囲を外れる値(例: ケルビンではなく摂氏の地表面温度、スケールされていない NDVI を浮動小数点で保存したもの)があると、推定される単位を示して実行を停止します。一部の値だけが該当する場合は警告します。

ブラウザで 2 回目にダウンロードされたファイル(名前が ' (1).tif' で終わるもの)は元のファイルと同様に読み込まれます。両方があり内容が同一の場合は、1 つだけを使います。

日別プロダクト(MOD11A1、MYD11A1)は各8日間期間の有効な日の平均になります。「日別プロダクト: 8日間期間にピクセルが必要とする有効日数」(MIN_VALID_DAYS。詳細設定、1..8、既定値 2)はピクセルに必要な有効日数で、これに満たないピクセルは欠測になります。同じ日付のタイルは1つのモザイクとして読み込まれます。GDAL の仮想パス(/vsicurl/https://...、/vsis3/bucket/...)もファイルとして指定できます。

スキャン結果はユーザーのキャッシュフォルダ(~/.cache/soil_resp_plugin、または SOILRESP_CACHE_DIR)に保存され、データフォルダには決して書き込まれません。変更のないファイルは数秒で再読み込みでき、サイズまたは更新時刻が変わったファイルと追加されたファイルだけが再び開かれます。

ウィンドウサイズ 1 はサイトのセルを取得します。N(奇数)は N × N ウィンドウの有効セルの平均を取り、&lt;variable&gt;_n_valid を追加します(土地被覆: 最頻クラス)。時間特徴量は期間の中日の doy_sin と doy_cos を追加します。

ラスタの範囲外、欠測値上、またはラスタのない期間にあるサイトは、サイトごとにログで報告されます。そのような行は除外されるか、欠測値のまま残されます(MISSING)。

FILL_GAPS(詳細設定、既定ではオフ: テーブルには観測値のみが入ります)は、サイトで欠けている説明変数をアップスケーリングと同じ方法で時間方向に補完します。欠けた8日間期間が MAX_FILL_GAP 以下なら線形補間し、それより長い場合は他の年の同じ期間におけるそのサイトの値の平均を使います。列 &lt;variable&gt;_filled に補完方法が記録されます(0 観測値、1 補間、2 複数年平均、3 欠測のまま)。

出力: 観測テーブルの列 + 説明変数ごとに 1 列(正規の ID で命名: lst_day、lst_night、ndvi、evi、lai、fpar、gpp、landcover、elevation、soil_temperature、soil_moisture、…)。各列の単位はログ、UNITS 出力、およびファイル出力の隣の &lt;output&gt;.units.json に記録されます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="88" />
      <source>Observations (site x 8-day period)</source>
      <translation>観測値(サイト × 8日間期間)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="90" />
      <source>The observation table of 'Import soil respiration observations' (layer or CSV): one row per site and 8-day period with lon/lat in EPSG:4326.</source>
      <translation>「土壌呼吸観測値のインポート」の観測テーブル(レイヤまたは CSV): サイト・8日間期間ごとに 1 行で、lon/lat は EPSG:4326。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="94" />
      <source>Window size in cells (1 = the site's cell; odd N = N x N mean)</source>
      <translation>ウィンドウサイズ(セル数。1 = サイトのセル、奇数 N = N × N の平均)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="96" />
      <source>1 (default) samples the site's cell; an odd N takes the mean of the valid cells of an N x N window (land cover: the most frequent class) and adds &lt;variable&gt;_n_valid.</source>
      <translation>1(既定)はサイトのセルを抽出します。奇数 N は N × N ウィンドウの有効セルの平均(土地被覆は最多クラス)を取り、&lt;variable&gt;_n_valid を追加します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="100" />
      <source>Add seasonal time features (doy_sin, doy_cos)</source>
      <translation>季節の時間特徴量を追加(doy_sin、doy_cos)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="102" />
      <source>On by default: adds doy_sin and doy_cos of the period's middle day, so models can learn the seasonal cycle.</source>
      <translation>既定で有効: 期間の中央日の doy_sin と doy_cos を追加し、モデルが季節変化を学習できるようにします。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="105" />
      <source>Rows with a missing predictor</source>
      <translation>説明変数が欠測の行</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="106" />
      <source>Drop rows with a missing predictor</source>
      <translation>説明変数が欠測の行を除外</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="106" />
      <source>Keep rows (missing as NaN)</source>
      <translation>行を残す(欠測は NaN)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="107" />
      <source>Rows where a predictor has no value (site outside a raster, fill value, period without a raster) are dropped (default) or kept with missing values.</source>
      <translation>説明変数に値がない行(ラスタ外のサイト、フィル値、ラスタのない期間)は削除する(既定)か、欠測値のまま残します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="110" />
      <source>Fill predictor gaps in time as upscaling does (default: observed values only)</source>
      <translation>説明変数の時間方向の欠損をアップスケーリングと同様に補完(既定: 観測値のみ)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="115" />
      <source>Longest gap bridged by interpolation (8-day periods)</source>
      <translation>補間で埋める最長の欠損(8日間期間の数)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="120" />
      <source>Off by default: the table holds observed values only. On: a predictor missing at a site is filled in time as upscaling does (interpolation, else the multi-year mean of the period) and &lt;variable&gt;_filled says how.</source>
      <translation>既定で無効: テーブルは観測値のみを含みます。有効: サイトで欠測の説明変数をアップスケーリングと同様に時間方向に補完し(補間、なければその期間の複数年平均)、&lt;variable&gt;_filled に補完方法を記録します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="123" />
      <source>With 'Fill predictor gaps in time as upscaling does' (FILL_GAPS) on: gaps of at most this many 8-day periods (0 to 23, default 3) are interpolated linearly; longer ones get the multi-year mean.</source>
      <translation>「説明変数の時間方向の欠損をアップスケーリングと同様に補完」(FILL_GAPS)が有効なとき: この数以下(0〜23、既定 3)の8日間期間の欠損を線形補間し、それより長い欠損は複数年平均で補います。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="129" />
      <source>Training table</source>
      <translation>学習テーブル</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="130" />
      <source>The observation columns plus one column per predictor; the units of the columns are written to &lt;output&gt;.units.json next to a file output.</source>
      <translation>観測値の列に説明変数ごとの 1 列を加えたもの。列の単位は、ファイル出力の隣の &lt;output&gt;.units.json に書き出します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="133" />
      <source>Training table as CSV</source>
      <translation>学習テーブル(CSV)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="135" />
      <source>Optional: the same training table also as a CSV file, with its .units.json next to it.</source>
      <translation>任意: 同じ学習テーブルを CSV ファイルとしても出力し、隣に .units.json を書き出します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="138" />
      <source>Units of the columns (JSON)</source>
      <translation>列の単位(JSON)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="139" />
      <source>Number of rows</source>
      <translation>行数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="54" />
      <source>Import soil respiration observations</source>
      <translation>土壌呼吸観測値のインポート</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="57" />
      <source>Turns chamber soil respiration records into one row per site and MODIS 8-day period (periods start on day of year 1, 9, ..., 361): the observation table used for training.

Input: a COSORE dataset folder (data.csv, PORTS.txt, DESCRIPTION.txt) or a folder of such folders, more datasets (pick a file in each), and/or a table (any vector layer or CSV) with site, time and flux columns and coordinates from lon/lat columns or point geometry.

COSORE: only ports measuring Rs with the chosen treatment are used (port 0 describes all ports; NEE and Rh ports are excluded, also when the chamber is transparent). Timestamps of COSORE release files are UTC and are converted to the site time zone (CSR_TIMEZONE) so days are local days. Soil temperature comes from CSR_T5, else the shallowest CSR_T* column; soil moisture from CSR_SM5, else the shallowest CSR_SM*.

Units: fluxes become g C m-2 d-1 (COSORE: µmol CO2 m-2 s-1; tables: 'Flux unit of the table' (FLUX_UNIT)); soil moisture becomes a volumetric fraction (auto-detection stops when a site is ambiguous).

Quality control, counted per site in the log and the QC table: missing and physically impossible fluxes, soil temperature outside -40..60 °C and moisture outside 0..1 (set to missing), spikes (|flux - median| &gt; k x MAD per chamber and month), negative fluxes (keep, drop or set to zero), days with too few records per chamber and periods with too few days.

Fault tests (advanced; counted per site and chamber): stuck sensors (identical consecutive fluxes removed; soil temperature/moisture repeating for days set to missing), diel phase (flux peaking at night while soil temperature peaks in the afternoon: a chamber with plants; excluded for ports listed in 'NEE-labelled COSORE ports to use as soil respiration' (NEE_AS_RS), a warning for Rs ports, by default), level shifts (months of a chamber at several times its usual level against the other chambers or its temperature response; removed) and implausible Q10 per chamber-year (warned by default).

Output: sr (mean of daily means, g C m-2 d-1), sr_sd (SD of daily means), n_records, n_days, coverage (n_days / days in the period), soil_temperature_site (°C) and soil_moisture_site (m3 m-3) per site and period.</source>
      <translation>チャンバーによる土壌呼吸の記録を、サイトと MODIS 8日間期間(期間は通日 1、9、…、361 に始まる)ごとに 1 行へまとめます。これが学習に使う観測テーブルです。

入力: COSORE データセットフォルダ(data.csv、PORTS.txt、DESCRIPTION.txt)またはそのようなフォルダを含むフォルダ、追加のデータセット(それぞれのファイルを 1 つ選択)、およびサイト・時刻・フラックスの列と、lon/lat 列またはポイントジオメトリによる座標をもつテーブル(任意のベクタレイヤまたは CSV)のいずれか、または組み合わせ。

COSORE: 選択した処理区で Rs を測定しているポートだけを使います(ポート 0 はすべてのポートを表します。NEE と Rh のポートは、チャンバーが透明な場合も含め除外されます)。COSORE リリースファイルのタイムスタンプは UTC であり、日が現地の日になるようにサイトのタイムゾーン(CSR_TIMEZONE)に変換されます。地温は CSR_T5、なければ最も浅い CSR_T* 列から、土壌水分は CSR_SM5、なければ最も浅い CSR_SM* 列から取得します。

単位: フラックスは g C m-2 d-1 に換算されます(COSORE: µmol CO2 m-2 s-1、テーブル: 「テーブルのフラックス単位」(FLUX_UNIT))。土壌水分は体積含水率に換算されます(サイトで判定が曖昧な場合、自動判定は停止します)。

品質管理(サイトごとにログと QC テーブルに件数を記録): 欠測および物理的にあり得ないフラックス、-40..60 °C の範囲外の地温と 0..1 の範囲外の土壌水分(欠測に設定)、スパイク(チャンバー・月ごとに |flux - median| &gt; k × MAD)、負のフラックス(残す、除外、またはゼロにする)、チャンバーあたりのレコード数が少なすぎる日、日数が少なすぎる期間。

異常検定(上級者向け。サイト・チャンバーごとに件数を記録): センサーの固着(同一値が連続するフラックスを除去、何日も同じ値が続く地温・土壌水分は欠測に設定)、日周位相(地温が午後にピークとなるのにフラックスが夜間にピークとなるもの: 植物を含むチャンバー。既定では「土壌呼吸として使う NEE ラベルの COSORE ポート」(NEE_AS_RS)に指定したポートは除外、Rs ポートは警告)、レベルシフト(他のチャンバーや温度応答と比べて、チャンバーが通常の数倍のレベルにある月。除去)、チャンバー・年ごとの妥当でない Q10(既定では警告)。

出力: サイト・期間ごとの sr(日平均の平均、g C m-2 d-1)、sr_sd(日平均の標準偏差)、n_records、n_days、coverage(n_days / 期間の日数)、soil_temperature_site(°C)、soil_moisture_site(m3 m-3)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="128" />
      <source>COSORE dataset folder (or a folder of dataset folders)</source>
      <translation>COSORE データセットフォルダ(またはデータセットフォルダを含むフォルダ)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="130" />
      <source>A COSORE dataset folder (data.csv, PORTS.txt, DESCRIPTION.txt) or a folder of such folders. Give this, 'More COSORE datasets' (MORE_DATASETS) and/or an 'Observation table' (TABLE).</source>
      <translation>COSORE データセットフォルダ(data.csv、PORTS.txt、DESCRIPTION.txt)またはそのようなフォルダを含むフォルダ。これ、「追加の COSORE データセット」(MORE_DATASETS)、「観測テーブル」(TABLE)のいずれか(複数可)を指定します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="135" />
      <source>More COSORE datasets (any file inside each dataset folder)</source>
      <translation>追加の COSORE データセット(各データセットフォルダ内の任意のファイル)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="137" />
      <source>More COSORE datasets: pick any file inside each dataset folder; its folder is read.</source>
      <translation>追加の COSORE データセット: 各データセットフォルダ内の任意のファイルを選ぶと、そのフォルダを読み込みます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="141" />
      <source>Observation table (layer or CSV, one row per measurement)</source>
      <translation>観測テーブル(レイヤまたは CSV、1 測定 1 行)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="143" />
      <source>Any vector layer or CSV with one row per measurement: site, time and flux columns, coordinates from lon/lat columns or point geometry. Name the columns in the field parameters below.</source>
      <translation>1 測定 1 行の任意のベクタレイヤまたは CSV: サイト、時刻、フラックスの列と、lon/lat 列またはポイントジオメトリによる座標。列は下のフィールドのパラメータで指定します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="148" />
      <source>Column of the observation table (TABLE) naming the site of each measurement.</source>
      <translation>観測テーブル(TABLE)で各測定のサイトを示す列。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="148" />
      <source>Site id field</source>
      <translation>サイト ID のフィールド</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="150" />
      <source>Column with the time of each measurement: ISO dates and times, or the format given in 'Table timestamp format' (TIME_FORMAT).</source>
      <translation>各測定の時刻の列: ISO 形式の日付と時刻、または「テーブルのタイムスタンプ形式」(TIME_FORMAT)で指定した形式。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="150" />
      <source>Timestamp or date field</source>
      <translation>タイムスタンプまたは日付のフィールド</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="153" />
      <source>Column with the soil respiration flux, in the unit chosen in 'Flux unit of the table' (FLUX_UNIT).</source>
      <translation>土壌呼吸フラックスの列。単位は「テーブルのフラックス単位」(FLUX_UNIT)で選んだもの。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="153" />
      <source>Flux field</source>
      <translation>フラックスのフィールド</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="156" />
      <source>Column with the longitude in degrees (EPSG:4326). Default: a lon or longitude column, else the point geometry.</source>
      <translation>経度(度、EPSG:4326)の列。既定: lon または longitude 列、なければポイントジオメトリ。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="156" />
      <source>Longitude field (default: lon column or point geometry)</source>
      <translation>経度のフィールド(既定: lon 列またはポイントジオメトリ)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="159" />
      <source>Column with the latitude in degrees (EPSG:4326). Default: a lat or latitude column, else the point geometry.</source>
      <translation>緯度(度、EPSG:4326)の列。既定: lat または latitude 列、なければポイントジオメトリ。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="159" />
      <source>Latitude field (default: lat column or point geometry)</source>
      <translation>緯度のフィールド(既定: lat 列またはポイントジオメトリ)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="162" />
      <source>Optional column with the soil temperature in °C; values outside -40..60 °C are set to missing.</source>
      <translation>任意: 地温(°C)の列。-40〜60 °C の範囲外の値は欠測にします。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="162" />
      <source>Soil temperature field (°C)</source>
      <translation>地温のフィールド(°C)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="165" />
      <source>Optional column with the soil moisture, in the unit chosen in 'Soil moisture unit' (SOIL_MOISTURE_UNIT).</source>
      <translation>任意: 土壌水分の列。単位は「土壌水分の単位」(SOIL_MOISTURE_UNIT)で選んだもの。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="165" />
      <source>Soil moisture field</source>
      <translation>土壌水分のフィールド</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="168" />
      <source>IGBP land cover field</source>
      <translation>IGBP 土地被覆のフィールド</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="168" />
      <source>Optional column with the IGBP land-cover class of each site.</source>
      <translation>任意: 各サイトの IGBP 土地被覆クラスの列。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="176" />
      <source>Flux unit of the table</source>
      <translation>テーブルのフラックス単位</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="178" />
      <source>Unit of the flux field of the observation table (default µmol CO2 m-2 s-1); fluxes become g C m-2 d-1. COSORE datasets are always in µmol CO2 m-2 s-1.</source>
      <translation>観測テーブルのフラックスの単位(既定 µmol CO2 m-2 s-1)。フラックスは g C m-2 d-1 に換算されます。COSORE データセットは常に µmol CO2 m-2 s-1 です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="182" />
      <source>Soil moisture unit</source>
      <translation>土壌水分の単位</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="183" />
      <source>Auto-detect per site</source>
      <translation>サイトごとに自動判定</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="183" />
      <source>Percent (%)</source>
      <translation>パーセント(%)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="183" />
      <source>Volumetric fraction (m3 m-3)</source>
      <translation>体積含水率(m3 m-3)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="184" />
      <source>Unit of the soil moisture field of the table: auto-detected per site (default; the run stops when a site is ambiguous), volumetric fraction or percent.</source>
      <translation>テーブルの土壌水分の単位: サイトごとに自動判定(既定。判定できないサイトがあると停止します)、体積含水率、またはパーセント。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="189" />
      <source>Negative fluxes</source>
      <translation>負のフラックス</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="190" />
      <source>Drop</source>
      <translation>除外</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="190" />
      <source>Keep</source>
      <translation>残す</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="190" />
      <source>Set to zero</source>
      <translation>ゼロにする</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="191" />
      <source>What to do with negative fluxes: keep them (default), drop them or set them to zero.</source>
      <translation>負のフラックスの扱い: 残す(既定)、削除する、またはゼロにする。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="195" />
      <source>Minimum records per chamber and day</source>
      <translation>チャンバー・日あたりの最小レコード数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="197" />
      <source>A chamber's day with fewer records than this (default 3) is left out of the daily means.</source>
      <translation>レコード数がこれ(既定 3)より少ないチャンバーの日は、日平均から除外します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="201" />
      <source>Minimum days per 8-day period</source>
      <translation>8日間期間あたりの最小日数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="203" />
      <source>An 8-day period of a site with fewer valid days than this (1 to 8, default 2) gives no row.</source>
      <translation>有効日数がこれ(1〜8、既定 2)より少ないサイトの8日間期間は行になりません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="208" />
      <source>COSORE treatment to import</source>
      <translation>インポートする COSORE の処理区(treatment)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="209" />
      <source>COSORE treatment (CSR_TREATMENT) whose ports are imported. Default None: the ports without a treatment.</source>
      <translation>インポートするポートの COSORE 処理区(CSR_TREATMENT)。既定 None: 処理のないポート。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="214" />
      <source>NEE-labelled COSORE ports to use as soil respiration (DATASET or DATASET:PORT, comma separated)</source>
      <translation>土壌呼吸として使う NEE ラベルの COSORE ポート(DATASET または DATASET:PORT、カンマ区切り)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="217" />
      <source>COSORE ports labelled NEE that are really soil respiration chambers: DATASET or DATASET:PORT, comma separated. Empty (default): NEE ports are excluded.</source>
      <translation>NEE とラベル付けされているが実際は土壌呼吸チャンバーである COSORE ポート: DATASET または DATASET:PORT、カンマ区切り。空欄(既定): NEE ポートは除外します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="222" />
      <source>COSORE data.csv timestamps are in</source>
      <translation>COSORE data.csv のタイムスタンプの時刻系</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="223" />
      <source>Instrument clock (CSR_TIMESTAMP_TZ), e.g. self-made COSORE-style folders</source>
      <translation>測器の時計(CSR_TIMESTAMP_TZ)。例: 自作の COSORE 形式フォルダ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="223" />
      <source>UTC (COSORE database release files)</source>
      <translation>UTC(COSORE データベースのリリースファイル)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="224" />
      <source>Time base of data.csv: UTC (default; COSORE database release files), or the instrument clock (CSR_TIMESTAMP_TZ) of self-made COSORE-style folders.</source>
      <translation>data.csv の時刻系: UTC(既定。COSORE データベースのリリースファイル)、または自作の COSORE 形式フォルダの測器の時計(CSR_TIMESTAMP_TZ)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="229" />
      <source>Table timestamp format (e.g. %d.%m.%Y %H:%M; empty: ISO)</source>
      <translation>テーブルのタイムスタンプ形式(例: %d.%m.%Y %H:%M、空欄: ISO)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="231" />
      <source>strftime format of the table's timestamps, e.g. %d.%m.%Y %H:%M. Empty (default): ISO dates and times.</source>
      <translation>テーブルのタイムスタンプの strftime 形式(例: %d.%m.%Y %H:%M)。空欄(既定): ISO 形式の日付と時刻。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="236" />
      <source>Sites' time zone for table timestamps with a UTC offset (e.g. Asia/Tokyo)</source>
      <translation>UTC オフセット付きタイムスタンプに対するサイトのタイムゾーン(例: Asia/Tokyo)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="238" />
      <source>Time zone of the sites (e.g. Asia/Tokyo): table timestamps with a UTC offset are converted to it so days are local days. Empty (default): timestamps are taken as they are.</source>
      <translation>サイトのタイムゾーン(例: Asia/Tokyo): UTC オフセット付きのテーブルのタイムスタンプをこれに変換し、日を現地の日にします。空欄(既定): タイムスタンプをそのまま使います。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="243" />
      <source>Lowest possible flux (µmol CO2 m-2 s-1)</source>
      <translation>物理的に可能な最小フラックス(µmol CO2 m-2 s-1)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="245" />
      <source>Fluxes below this value in µmol CO2 m-2 s-1 (default -5) are physically impossible and are removed.</source>
      <translation>この値(µmol CO2 m-2 s-1、既定 -5)より小さいフラックスは物理的にあり得ないものとして削除します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="249" />
      <source>Highest possible flux (µmol CO2 m-2 s-1)</source>
      <translation>物理的に可能な最大フラックス(µmol CO2 m-2 s-1)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="251" />
      <source>Fluxes above this value in µmol CO2 m-2 s-1 (default 50) are physically impossible and are removed.</source>
      <translation>この値(µmol CO2 m-2 s-1、既定 50)より大きいフラックスは物理的にあり得ないものとして削除します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="255" />
      <source>Spike test: k x MAD around the monthly median (0 = off)</source>
      <translation>スパイク検定: 月中央値まわりの k × MAD(0 = 無効)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="257" />
      <source>Records further than k x MAD from the median of their chamber and month are removed as spikes (default 5; 0 turns the test off).</source>
      <translation>チャンバー・月の中央値から k × MAD より離れたレコードをスパイクとして削除します(既定 5。0 で検定を無効にします)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="262" />
      <source>Stuck flux: identical consecutive values that make a stuck run (0 = off)</source>
      <translation>フラックスの固着: 固着とみなす同一値の連続数(0 = 無効)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="264" />
      <source>This many identical consecutive fluxes (default 6) make a stuck run, which is removed; 0 turns the test off.</source>
      <translation>同一値のフラックスがこの数(既定 6)続くと固着とみなして削除します。0 で検定を無効にします。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="269" />
      <source>Stuck soil temperature/moisture: hours of identical values (0 = off)</source>
      <translation>地温・土壌水分の固着: 同一値が続く時間数(0 = 無効)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="271" />
      <source>Soil temperature or moisture repeating the same value for this many hours (default 48) is set to missing; 0 turns the test off.</source>
      <translation>地温または土壌水分が同じ値をこの時間数(既定 48)続けた場合、欠測にします。0 で検定を無効にします。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="276" />
      <source>Diel phase test (flux peaking at night: a chamber with plants)</source>
      <translation>日周位相検定(夜間にピークとなるフラックス: 植物を含むチャンバー)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="277" />
      <source>Exclude every flagged chamber-month</source>
      <translation>フラグの付いたチャンバー・月をすべて除外</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="277" />
      <source>Exclude flagged NEE_AS_RS ports, warn for Rs ports</source>
      <translation>フラグの付いた NEE_AS_RS ポートは除外、Rs ポートは警告のみ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="277" />
      <source>Off</source>
      <translation>無効</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="277" />
      <source>Warn only (keep the records)</source>
      <translation>警告のみ(レコードは残す)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="278" />
      <source>Chamber-months whose flux peaks at night while soil temperature peaks in the afternoon (a chamber with plants). Default: excluded for NEE_AS_RS ports, a warning for Rs ports.</source>
      <translation>地温が午後にピークとなるのにフラックスが夜間にピークとなるチャンバー・月(植物を含むチャンバー)。既定: NEE_AS_RS のポートでは除外し、Rs ポートでは警告します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="284" />
      <source>Level shift: factor against the chamber's usual level (0 = off)</source>
      <translation>レベルシフト: チャンバーの通常レベルに対する倍率(0 = 無効)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="286" />
      <source>Months of a chamber at this many times its usual level (default 3) against the other chambers or its temperature response are removed; 0 turns the test off.</source>
      <translation>他のチャンバーまたは温度応答に対して、通常レベルのこの倍数(既定 3)になっているチャンバーの月を削除します。0 で検定を無効にします。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="291" />
      <source>Lowest plausible Q10 of a chamber-year</source>
      <translation>チャンバー・年の Q10 の妥当な最小値</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="293" />
      <source>A chamber-year whose Q10 is below this value (default 1) is implausible; see 'Implausible Q10' (Q10_ACTION).</source>
      <translation>Q10 がこの値(既定 1)より小さいチャンバー・年は妥当でないとみなします。「妥当でない Q10」(Q10_ACTION)を参照してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="297" />
      <source>Highest plausible Q10 of a chamber-year</source>
      <translation>チャンバー・年の Q10 の妥当な最大値</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="299" />
      <source>A chamber-year whose Q10 is above this value (default 10) is implausible; see 'Implausible Q10' (Q10_ACTION).</source>
      <translation>Q10 がこの値(既定 10)より大きいチャンバー・年は妥当でないとみなします。「妥当でない Q10」(Q10_ACTION)を参照してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="303" />
      <source>Implausible Q10</source>
      <translation>妥当でない Q10</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="304" />
      <source>Exclude the chamber-year</source>
      <translation>そのチャンバー・年を除外</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="305" />
      <source>What to do with a chamber-year whose Q10 is outside the plausible range: warn only (default), exclude it, or no test.</source>
      <translation>Q10 が妥当な範囲外のチャンバー・年の扱い: 警告のみ(既定)、除外、または検定しない。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="312" />
      <source>One row per site and 8-day period: sr (g C m-2 d-1), sr_sd, n_records, n_days, coverage, soil_temperature_site (°C) and soil_moisture_site (m3 m-3).</source>
      <translation>サイト・8日間期間ごとに 1 行: sr(g C m-2 d-1)、sr_sd、n_records、n_days、coverage、soil_temperature_site(°C)、soil_moisture_site(m3 m-3)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="317" />
      <source>Quality control counts</source>
      <translation>品質管理の件数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="319" />
      <source>Counts of the records removed by each quality-control step, per site and chamber. Give it to 'Train soil respiration models' for the report's QC provenance.</source>
      <translation>品質管理の各ステップで削除されたレコード数(サイト・チャンバーごと)。「土壌呼吸モデルの学習」に渡すと、レポートに QC の来歴が示されます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="324" />
      <source>Observations as CSV</source>
      <translation>観測値(CSV)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="326" />
      <source>Optional: the observations also as a CSV file.</source>
      <translation>任意: 観測値を CSV ファイルとしても出力します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="329" />
      <source>Number of sites</source>
      <translation>サイト数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="330" />
      <source>Number of site x periods</source>
      <translation>サイト × 期間の数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="65" />
      <source>Predictor folders or files (folders are scanned recursively)</source>
      <translation>説明変数のフォルダまたはファイル(フォルダは再帰的に走査)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="67" />
      <source>Folders (scanned recursively) and/or raster files of the predictors: AppEEARS or MODIStsp GeoTIFFs, MODIS HDF4 granules, &lt;variable&gt;_doy&lt;YYYYDDD&gt;.tif, land cover and elevation. Files that are not predictors are skipped and listed in the log.</source>
      <translation>説明変数のフォルダ(再帰的に走査)またはラスタファイル: AppEEARS または MODIStsp の GeoTIFF、MODIS HDF4 グラニュール、&lt;variable&gt;_doy&lt;YYYYDDD&gt;.tif、土地被覆、標高。説明変数でないファイルはスキップしてログに記載します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="71" />
      <source>16-day products onto 8-day periods</source>
      <translation>16日間プロダクトの8日間期間への割り当て</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="72" />
      <source>16-day composite covering the 8-day period</source>
      <translation>8日間期間を含む16日間コンポジット</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="72" />
      <source>Linear in time between 16-day composite centres</source>
      <translation>16日間コンポジットの中心日間で時間方向に線形補間</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="73" />
      <source>How 16-day products (MOD13 NDVI, EVI) give a value to each 8-day period: the 16-day composite that covers it (default), or linear interpolation in time between composite centres.</source>
      <translation>16日間プロダクト(MOD13 の NDVI、EVI)から各8日間期間に値を与える方法: その期間を覆う16日間コンポジット(既定)、またはコンポジットの中心間での時間方向の線形補間。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="78" />
      <source>File name pattern for other names (regex with named groups, or strftime such as {variable}_%Y%m%d.tif)</source>
      <translation>その他のファイル名のパターン(名前付きグループを含む正規表現、または {variable}_%Y%m%d.tif のような strftime 形式)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="81" />
      <source>Only for your own file names that are not recognised: a regular expression with named groups variable and year+doy or date, or a strftime format such as {variable}_%Y%m%d.tif. Empty (default): recognised names only.</source>
      <translation>認識されない独自のファイル名の場合のみ: variable と year+doy または date の名前付きグループを含む正規表現、または {variable}_%Y%m%d.tif のような strftime 形式。空欄(既定): 認識される名前のみ。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="85" />
      <source>Static layers used for every date (e.g. elevation)</source>
      <translation>すべての日付に使う静的レイヤ(例: 標高)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="87" />
      <source>Rasters without a date (e.g. elevation) that are used for every 8-day period, like the files of a static/ folder. Optional.</source>
      <translation>日付のないラスタ(例: 標高)で、static/ フォルダのファイルと同様にすべての8日間期間に使います。任意。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="90" />
      <source>MODIS quality (QC) filtering</source>
      <translation>MODIS 品質(QC)フィルタ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="91" />
      <source>All values (no QC filtering)</source>
      <translation>すべての値(QC フィルタなし)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="91" />
      <source>Good quality only (needs QC layers)</source>
      <translation>高品質のみ(QC レイヤが必要)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="91" />
      <source>Usable: drop pixels whose QC says 'not produced' (needs QC layers)</source>
      <translation>利用可能: QC が 'not produced' のピクセルを除外(QC レイヤが必要)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="92" />
      <source>Which MODIS pixels to use according to their QC layers: all values (default, no filtering), usable ones, or good quality only. The last two need the QC layers among the predictors.</source>
      <translation>QC レイヤに基づいて使う MODIS ピクセル: すべての値(既定、フィルタなし)、使用可能な値、または高品質のみ。後の 2 つは説明変数の中に QC レイヤが必要です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="96" />
      <source>Daily products: valid days a pixel needs in an 8-day period</source>
      <translation>日別プロダクト: 8日間期間にピクセルが必要とする有効日数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="98" />
      <source>Daily products (MOD11A1, MYD11A1) are averaged over each 8-day period; a pixel with fewer valid days than this (1 to 8, default 2) stays missing. Raise it for steadier means, lower it to keep more pixels.</source>
      <translation>日別プロダクト(MOD11A1、MYD11A1)は8日間期間ごとに平均します。有効日数がこれ(1〜8、既定 2)より少ないピクセルは欠測のままです。平均を安定させるには大きく、より多くのピクセルを残すには小さくします。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="58" />
      <source>Train soil respiration models</source>
      <translation>土壌呼吸モデルの学習</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="61" />
      <source>Trains random-forest models of soil respiration (target in g C m-2 d-1) on a site x 8-day training table (soilresp:extracttrainingdata, or a CSV) and compares them side by side: by default 'remote sensing only' and 'remote sensing + in-situ' (soil temperature and moisture). All models use the same rows.

Validation: leave-one-location-out (default and primary: sites closer than 'Sites closer than this form one location' (LOCATION_DISTANCE) km, default 1, or sharing a site id (site_id, else site_name, or 'Site id field' (LOCATION_FIELD)) form one location, predicted by a model that never saw it), spatially blocked k-fold ('k of spatially blocked k-fold' (SPATIAL_FOLDS) clusters of nearby locations, for clustered networks), leave-one-year-out, random k-fold and out-of-bag (both optimistic: they test on days of sites the model has seen). Baselines under the same folds: mean of the training data, day-of-year climatology, Q10 and Lloyd-Taylor temperature responses; skill = 1 - MSE_model / MSE_baseline. Rows are weighted by the days they represent ('Row weights' (WEIGHTS)) in training and metrics. Pooled R2, RMSE and bias get 90 % bootstrap intervals over locations (at least 5 locations). 'Forward feature selection under leave-one-location-out' (FFS) chooses predictors by forward selection under leave-one-location-out. Metrics R2, RMSE, MAE, bias, slope, pooled (with intervals and skill), per location, per site and per season, for models and baselines (model 'baseline_...'), go to 'Cross-validation metrics' (METRICS); every held-out prediction to 'Cross-validation predictions' (CV_PREDICTIONS). Predictors with negative held-out importance, R2 &lt; 0 and baselines not beaten are flagged.

'Quality-control table of the observation import' (QC_TABLE) (optional): the QC table (QC_TABLE output) of soilresp:importobservations that made the observations. The report then shows the QC provenance (tests and settings, records in, removed by each step and remaining per site and chamber) and each model's sidecar records a summary; without it the report says the QC provenance is unknown.

'Grid search' (GRID) (optional) tunes hyperparameters, e.g. 'max_features=sqrt,1/3,1.0; min_samples_leaf=1,5,10'. Candidates are compared with at most 100 trees on the primary scheme's folds; the reported CV metrics come from a search nested inside each fold, so no held-out site influences its own score.

Outputs: one model file per model in 'Model folder' (OUTPUT_FOLDER) (&lt;target&gt;_rs.joblib, &lt;target&gt;_rs_insitu.joblib, ...) with a .json sidecar (predictors, units, training region and period, CV metrics, versions, SHA-256), their paths as MODEL_RS, MODEL_RS_INSITU, ... for use in models, and an HTML report ('Report' (REPORT)). A model file is a pickle: loading it runs code, so share and load only models you trust. It loads only with the scikit-learn version that wrote it.</source>
      <translation>サイト × 8日間期間の学習テーブル(soilresp:extracttrainingdata の出力、または CSV)から、土壌呼吸(目的変数は g C m-2 d-1)のランダムフォレストモデルを学習し、それらを並べて比較します。既定では「リモートセンシングのみ」と「リモートセンシング + 現地観測」(地温と土壌水分)です。すべてのモデルは同じ行を使います。

検証: 1地点除外交差検証(既定かつ主たる方式: 距離が「この距離より近いサイトを 1 地点とする」(LOCATION_DISTANCE)km(既定 1)未満のサイト、またはサイト ID(site_id、なければ site_name、または「サイト ID のフィールド」(LOCATION_FIELD))が同じサイトを 1 地点とし、その地点を一度も見ていないモデルで予測)、空間ブロック k 分割交差検証(近接する地点を「空間ブロック k 分割交差検証の k」(SPATIAL_FOLDS)個のクラスタにまとめる。クラスタ状の観測網向け)、1年除外交差検証、ランダム k 分割、アウトオブバッグ(後の 2 つは楽観的: モデルが見たサイトの別の日で検証することになる)。同じ分割でのベースライン: 学習データの平均、通日の気候値、Q10 および Lloyd-Taylor の温度応答。スキル = 1 - MSE_model / MSE_baseline。学習と指標では、各行を代表する日数(「行の重み」(WEIGHTS))で重み付けします。全体の R2、RMSE、バイアスには、地点についての 90 % ブートストラップ信頼区間を付けます(5 地点以上の場合)。「1地点除外交差検証による前進的特徴量選択」(FFS)は、1地点除外交差検証のもとで前進選択により説明変数を選びます。指標 R2、RMSE、MAE、バイアス、傾きを、全体(信頼区間とスキル付き)・地点ごと・サイトごと・季節ごとに、モデルとベースライン(モデル名 'baseline_...')について「交差検証の指標」(METRICS)へ、除外して得たすべての予測値を「交差検証の予測値」(CV_PREDICTIONS)へ出力します。除外データでの重要度が負の説明変数、R2 &lt; 0、ベースラインを上回らない場合にはフラグを付けます。

「観測値インポートの品質管理テーブル」(QC_TABLE)(任意): 観測値を作成した soilresp:importobservations の QC テーブル(QC_TABLE 出力)。指定すると、レポートに QC の来歴(検定と設定、入力レコード数、各ステップで除去された数、サイト・チャンバーごとの残存数)が表示され、各モデルのサイドカーに概要が記録されます。指定しない場合、レポートには QC の来歴が不明であると表示されます。

「グリッドサーチ」(GRID)(任意)はハイパーパラメータを調整します。例: 'max_features=sqrt,1/3,1.0; min_samples_leaf=1,5,10'。候補は主たる方式の分割で最大 100 本の木を使って比較されます。報告される交差検証の指標は各分割の内側で入れ子にした探索によるもので、除外したサイトが自身のスコアに影響することはありません。

出力: モデルごとに 1 つのモデルファイルを「モデルフォルダ」(OUTPUT_FOLDER)に出力(&lt;target&gt;_rs.joblib、&lt;target&gt;_rs_insitu.joblib、…)し、.json サイドカー(説明変数、単位、学習領域と期間、交差検証の指標、バージョン、SHA-256)を添えます。モデル内で使えるようにそれらのパスを MODEL_RS、MODEL_RS_INSITU、… として出力し、HTML レポート(「レポート」(REPORT))も出力します。モデルファイルは pickle であり、読み込むとコードが実行されるため、信頼できるモデルだけを共有・読み込みしてください。モデルファイルは、それを書き出した scikit-learn のバージョンでのみ読み込めます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="99" />
      <source>The site x 8-day training table of 'Extract predictors at sites' (layer or CSV), with the target and one column per predictor.</source>
      <translation>「サイトでの説明変数の抽出」のサイト × 8日間期間の学習テーブル(レイヤまたは CSV)。目的変数と説明変数ごとの 1 列を含みます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="99" />
      <source>Training table (layer or CSV)</source>
      <translation>学習テーブル(レイヤまたは CSV)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="103" />
      <source>Quality-control table of the observation import</source>
      <translation>観測値インポートの品質管理テーブル</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="104" />
      <source>Optional: the QC table (QC_TABLE output) of 'Import soil respiration observations' that made the observations. The report then shows the QC provenance; without it the provenance is unknown.</source>
      <translation>任意: 観測値を作った「土壌呼吸観測値のインポート」の QC テーブル(QC_TABLE 出力)。指定するとレポートに QC の来歴が示されます。指定しないと来歴は不明になります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="109" />
      <source>Target field (g C m-2 d-1; default sr)</source>
      <translation>目的変数のフィールド(g C m-2 d-1、既定 sr)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="110" />
      <source>Field to predict, in g C m-2 d-1 (default sr). It also names the model files (&lt;target&gt;_rs.joblib, ...).</source>
      <translation>予測するフィールド(g C m-2 d-1、既定 sr)。モデルファイルの名前にも使います(&lt;target&gt;_rs.joblib など)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="114" />
      <source>Custom fields (PREDICTORS)</source>
      <translation>カスタムフィールド(PREDICTORS)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="114" />
      <source>In-situ only</source>
      <translation>現地観測のみ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="114" />
      <source>Models to train</source>
      <translation>学習するモデル</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="114" />
      <source>Remote sensing + in-situ</source>
      <translation>リモートセンシング + 現地観測</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="114" />
      <source>Remote sensing only</source>
      <translation>リモートセンシングのみ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="115" />
      <source>Models trained side by side on the same rows: by default 'remote sensing only' and 'remote sensing + in-situ'. 'Custom fields' uses 'Predictor fields for the custom model' (PREDICTORS).</source>
      <translation>同じ行で並べて学習するモデル: 既定は「リモートセンシングのみ」と「リモートセンシング + 現地観測」。「カスタムフィールド」は「カスタムモデルの説明変数フィールド」(PREDICTORS)を使います。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="120" />
      <source>Predictor fields for the custom model</source>
      <translation>カスタムモデルの説明変数フィールド</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="121" />
      <source>Fields used as predictors by the custom model of 'Models to train' (MODELS); not used by the other models.</source>
      <translation>「学習するモデル」(MODELS)のカスタムモデルが説明変数として使うフィールド。他のモデルでは使いません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="125" />
      <source>Gridded maps (soil_temperature, soil_moisture); site values if absent</source>
      <translation>グリッドマップ(soil_temperature、soil_moisture)。ない場合はサイトの値</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="125" />
      <source>In-situ predictors</source>
      <translation>現地観測の説明変数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="125" />
      <source>Site measurements (soil_temperature_site, ...); gridded maps if absent</source>
      <translation>サイトの測定値(soil_temperature_site など)。ない場合はグリッドマップ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="126" />
      <source>Where the in-situ models take soil temperature and moisture from: the gridded maps (default; the site values where absent) or the site measurements (the gridded maps where absent).</source>
      <translation>現地観測モデルが地温と土壌水分を取る元: グリッドマップ(既定。ない場合はサイトの値)またはサイトの測定値(ない場合はグリッドマップ)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="131" />
      <source>Cross-validation schemes</source>
      <translation>交差検証の方式</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="131" />
      <source>Leave-one-location-out (sites within LOCATION_DISTANCE or sharing an id)</source>
      <translation>1地点除外交差検証(LOCATION_DISTANCE 以内のサイト、または ID が同じサイトを 1 地点とする)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="131" />
      <source>Leave-one-year-out</source>
      <translation>1年除外交差検証</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="131" />
      <source>Out-of-bag (optimistic)</source>
      <translation>アウトオブバッグ(楽観的)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="131" />
      <source>Random k-fold (optimistic)</source>
      <translation>ランダム k 分割(楽観的)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="131" />
      <source>Spatially blocked k-fold (clusters of nearby locations)</source>
      <translation>空間ブロック k 分割交差検証(近接する地点のクラスタ)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="132" />
      <source>Validation schemes; leave-one-location-out is the primary one. Random k-fold and out-of-bag are optimistic: they test on days of sites the model has seen.</source>
      <translation>検証の方式。1地点除外交差検証が主な方式です。ランダム k 分割とアウトオブバッグは楽観的です: モデルが見たサイトの日で検証します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="137" />
      <source>Sites closer than this form one location (km)</source>
      <translation>この距離より近いサイトを 1 地点とする(km)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="138" />
      <source>Sites closer than this distance in km (0 to 1000, default 1) form one location and are held out together in leave-one-location-out.</source>
      <translation>この距離(km。0〜1000、既定 1)より近いサイトを 1 地点とし、1地点除外交差検証でまとめて除外します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="142" />
      <source>Days each row represents (n_days)</source>
      <translation>各行が代表する日数(n_days)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="142" />
      <source>None (every row counts the same)</source>
      <translation>なし(すべての行を同じ重みで扱う)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="142" />
      <source>Row weights</source>
      <translation>行の重み</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="143" />
      <source>Rows are weighted by the days they represent (n_days, default) in training and metrics, or all count the same.</source>
      <translation>学習と指標で、行をそれが表す日数(n_days、既定)で重み付けするか、すべて同じに扱います。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="147" />
      <source>Forward feature selection under leave-one-location-out</source>
      <translation>1地点除外交差検証による前進的特徴量選択</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="147" />
      <source>Off by default. On: predictors are chosen by forward selection under leave-one-location-out; this takes much longer.</source>
      <translation>既定で無効。有効: 1地点除外交差検証による前進選択で説明変数を選びます。時間が大幅に長くなります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="151" />
      <source>Number of trees</source>
      <translation>木の数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="152" />
      <source>Number of trees of each random forest (10 to 10000, default 500). More trees give steadier predictions and take longer.</source>
      <translation>各ランダムフォレストの木の数(10〜10000、既定 500)。木を増やすと予測が安定し、時間が長くなります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="156" />
      <source>Predictors tried per split (sqrt, log2, all, 1/3, 0.5, 4)</source>
      <translation>分岐ごとに試す説明変数の数(sqrt、log2、all、1/3、0.5、4)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="157" />
      <source>Predictors tried at each split: sqrt, log2, all, a fraction (1/3, 0.5) or a count (4). Default 1/3.</source>
      <translation>各分岐で試す説明変数: sqrt、log2、all、割合(1/3、0.5)、または個数(4)。既定 1/3。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="161" />
      <source>Minimum rows per leaf</source>
      <translation>葉あたりの最小行数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="162" />
      <source>Smallest number of rows in a leaf of a tree (default 5). Larger values give smoother models.</source>
      <translation>木の葉に含まれる最小の行数(既定 5)。大きくするとモデルが滑らかになります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="166" />
      <source>Maximum tree depth (0 = unlimited)</source>
      <translation>木の最大深さ(0 = 無制限)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="167" />
      <source>Deepest level of a tree; 0 (default) means unlimited.</source>
      <translation>木の最大の深さ。0(既定)は無制限です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="170" />
      <source>Seed of the random numbers (default 42): the same seed and data give the same models.</source>
      <translation>乱数のシード(既定 42): 同じシードとデータでは同じモデルになります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="174" />
      <source>Fill missing predictors with the training median</source>
      <translation>欠測の説明変数を学習データの中央値で補完</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="174" />
      <source>Missing predictor values</source>
      <translation>説明変数の欠測値</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="175" />
      <source>Rows with a missing predictor are dropped (default), or the missing values are filled with the median of the training data.</source>
      <translation>説明変数が欠測の行は削除する(既定)か、欠測値を学習データの中央値で補完します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="180" />
      <source>Grid search (e.g. max_features=sqrt,1/3; min_samples_leaf=1,5)</source>
      <translation>グリッドサーチ(例: max_features=sqrt,1/3; min_samples_leaf=1,5)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="181" />
      <source>Optional hyperparameter search, e.g. 'max_features=sqrt,1/3,1.0; min_samples_leaf=1,5,10'. Candidates are compared on the folds of the primary scheme, nested in each fold. Empty (default): no search.</source>
      <translation>任意のハイパーパラメータ探索(例: 'max_features=sqrt,1/3,1.0; min_samples_leaf=1,5,10')。候補は主な方式の分割で比較し、各分割の内側で入れ子にします。空欄(既定): 探索しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="187" />
      <source>k of random k-fold</source>
      <translation>ランダム k 分割の k</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="188" />
      <source>Number of folds of random k-fold cross-validation (2 to 50, default 5).</source>
      <translation>ランダム k 分割交差検証の分割数(2〜50、既定 5)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="192" />
      <source>Site id field (sites sharing a value form one location; default site_id, else site_name)</source>
      <translation>サイト ID のフィールド(同じ値をもつサイトを 1 地点とする。既定は site_id、なければ site_name)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="194" />
      <source>Field whose shared values make sites one location in leave-one-location-out. Default: site_id, else site_name.</source>
      <translation>同じ値をもつサイトを1地点除外交差検証で 1 地点とするフィールド。既定: site_id、なければ site_name。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="198" />
      <source>k of spatially blocked k-fold</source>
      <translation>空間ブロック k 分割交差検証の k</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="199" />
      <source>Number of clusters of nearby locations in spatially blocked k-fold (2 to 50, default 5).</source>
      <translation>空間ブロック k 分割における近接地点のクラスタ数(2〜50、既定 5)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="203" />
      <source>Bootstrap draws for the intervals</source>
      <translation>信頼区間のブートストラップ回数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="204" />
      <source>Bootstrap draws over locations for the 90 % intervals of the pooled R2, RMSE and bias (100 to 100000, default 1000).</source>
      <translation>全体の R2、RMSE、バイアスの 90 % 区間を求める、地点に対するブートストラップの回数(100〜100000、既定 1000)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="208" />
      <source>Threads (0 = all cores)</source>
      <translation>スレッド数(0 = 全コア)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="209" />
      <source>Threads used for training (0, the default: all cores). More than the machine's cores are reduced to its cores with a warning.</source>
      <translation>学習に使うスレッド数(0 が既定: 全コア)。マシンのコア数を超える値は、警告とともにコア数に減らします。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="213" />
      <source>Mark as synthetic data (also detected from the table)</source>
      <translation>合成データとして扱う(テーブルからも判定)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="214" />
      <source>Marks the models as trained on synthetic data. The demo's training table is also detected by itself.</source>
      <translation>モデルを合成データで学習したものとして記録します。デモの学習テーブルは自動でも判定されます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="220" />
      <source>Folder for one model file per model (&lt;target&gt;_rs.joblib, ...) with its .json sidecar. Existing models are replaced only with OVERWRITE.</source>
      <translation>モデルごとに 1 つのモデルファイル(&lt;target&gt;_rs.joblib など)と .json サイドカーを書き出すフォルダ。既存のモデルは OVERWRITE を指定したときだけ置き換えます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="220" />
      <source>Model folder</source>
      <translation>モデルフォルダ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="224" />
      <source>HTML report with the cross-validation metrics, baselines, importances and figures of every model.</source>
      <translation>各モデルの交差検証の指標、ベースライン、重要度、図を含む HTML レポート。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="224" />
      <source>Report</source>
      <translation>レポート</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="228" />
      <source>Cross-validation predictions</source>
      <translation>交差検証の予測値</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="229" />
      <source>Optional: every held-out prediction of the cross-validation, with site, period and scheme.</source>
      <translation>任意: 交差検証で除外されたすべての予測値(サイト、期間、方式付き)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="233" />
      <source>Cross-validation metrics</source>
      <translation>交差検証の指標</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="234" />
      <source>Optional: R2, RMSE, MAE, bias and slope, pooled, per location, per site and per season, for the models and the baselines.</source>
      <translation>任意: R2、RMSE、MAE、バイアス、傾き(全体、地点別、サイト別、季節別)。モデルとベースラインについて。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="240" />
      <source>Model file: custom fields (predictors)</source>
      <translation>モデルファイル: カスタムフィールド(predictors)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="240" />
      <source>Model file: in-situ only</source>
      <translation>モデルファイル: 現地観測のみ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="240" />
      <source>Model file: remote sensing + in-situ</source>
      <translation>モデルファイル: リモートセンシング + 現地観測</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="240" />
      <source>Model file: remote sensing only</source>
      <translation>モデルファイル: リモートセンシングのみ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="100" />
      <source>Upscale soil respiration maps</source>
      <translation>土壌呼吸マップのアップスケーリング</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="103" />
      <source>Applies a model (from 'Train soil respiration models') to the predictor rasters and writes one map of soil respiration per 8-day period, in g C m-2 d-1 (period mean daily rate): 'Output folder for the maps' (OUTPUT_FOLDER)/sr_YYYYDDD.tif (float32, tiled 256x256, ZSTD-compressed, nodata -9999, date and units in the metadata) and sr.vrt with one band per period in time order.

Gaps of the time-varying predictors (clouds in LST and vegetation indices, fill, QC-masked pixels) are filled in time first ('Fill gaps of predictors in time' (FILL_GAPS), on by default): per pixel, linear interpolation across at most 'Longest gap to interpolate' (MAX_FILL_GAP) missing 8-day periods (default 3), else the multi-year mean of that period of the year (climatology). Each period then also gets filled_YYYYDDD.tif (uint32 bit mask, with filled.vrt): bit i (value 2^i) is set where the i-th time-varying predictor of the model was filled (the legend is in the metadata, FILLED_BIT_i / FILLED_LEGEND), 0 where nothing was filled, 4294967295 where nothing was mapped. With 'Fill gaps of predictors in time' (FILL_GAPS) off, or where a predictor stays missing (e.g. over the sea), only pixels where every predictor has a value (and inside 'Mask' (MASK) / 'Land-cover classes to map' (LANDCOVER_CLASSES)) are predicted. The grid defaults to that of the model's first time-varying predictor; 'Extent' (EXTENT), 'Target CRS' (TARGET_CRS) and 'Cell size in target CRS units' (RESOLUTION) make another one, and predictors on other grids are resampled onto it by meaning: area mean of the valid cells when coarsening (the class covering most of the cell for land cover), bilinear when refining (nearest for land cover). What had to be composited or resampled, and the gaps filled in time, is kept for later runs on the same grid ('Keep prepared predictors for later runs' (KEEP_PREPARED), on by default), which then skip decoding the raw files and filling the gaps again.

'Uncertainty' (UNCERTAINTY) adds sr_sd_YYYYDDD.tif, the standard deviation of the trees' predictions. 'Area of applicability outputs' (AOA) adds the dissimilarity index (di_YYYYDDD.tif) and/or the area-of-applicability mask (aoa_YYYYDDD.tif: 1 inside, 0 where the model extrapolates).

Safe to interrupt: every file is written under a hidden temporary name and renamed when complete, so a cancelled or failed run leaves no finished-looking file. 'Resume' (RESUME) skips periods whose maps are complete (same model and grid) and computes the rest. A folder holding maps of another model or grid is refused; nothing is overwritten unasked.

Runs on 'Threads' (THREADS) threads; with 'dask scheduler address' (DASK_SCHEDULER) (or the environment variable SOILRESP_DASK_SCHEDULER) the work goes to a dask.distributed cluster whose workers can read the model and predictor paths. For long runs from the desktop use the menu 'Soil Respiration &gt; Upscale in background…', which loads the maps as a time series.

Predictors: folders (scanned recursively) and/or files. Recognised names: AppEEARS GeoTIFFs (MOD11A2.061_LST_Day_1km_doy2005001_aid0001.tif, MOD13A2, MOD15A2H, MOD17A2HGF, MYD equivalents), MODIS HDF4 granules (MOD13A2.A2016145.h18v04.006.*.hdf), MODIStsp files (MOD13A1_NDVI_2016_001.tif), &lt;variable&gt;_doy&lt;YYYYDDD&gt;.tif for soil_temperature and soil_moisture, land cover (MCD12) and elevation, and anything in a static/ folder (used for every date). Other files (e.g. truth/ maps of the target) are skipped and listed in the log. 'File name pattern' (PATTERN) reads your own names: a regular expression with named groups variable and year+doy or date, or a strftime format such as {variable}_%Y%m%d.tif. Multi-band files need one date per band description.

Values are converted to physical units with each product's scale factor (MOD11 LST x 0.02 K, MOD13 /10000, MOD15 LAI x 0.1 and FPAR x 0.01, MOD17 GPP x 0.0001); fill values become missing; files already stored as float are taken as scaled. 16-day products (MOD13) are mapped onto 8-day periods as chosen in '16-day products onto 8-day periods' (TEMPORAL_MAPPING). Values outside a variable's plausible range (e.g. LST in degrees Celsius instead of kelvin, unscaled NDVI saved as float) stop the run with the suspected unit, or warn when only some values are affected.

A browser's second download of a file (name ending ' (1).tif') is read like the original; when both are present and identical, one copy is used.

Daily products (MOD11A1, MYD11A1) are averaged over the valid days of each 8-day period; 'Daily products: valid days' (MIN_VALID_DAYS; advanced, 1..8, default 2) is how many valid days a pixel needs, fewer leave it missing. Tiles of one date are read as one mosaic. GDAL virtual paths (/vsicurl/https://..., /vsis3/bucket/...) are accepted as files.

The scan is cached in the user's cache folder (~/.cache/soil_resp_plugin, or SOILRESP_CACHE_DIR), never in the data folders: re-opening unchanged files takes seconds; a file whose size or modification time changed, and every added file, is opened again.</source>
      <translation>(「土壌呼吸モデルの学習」で作成した)モデルを説明変数ラスタに適用し、8日間期間ごとに 1 枚の土壌呼吸マップを g C m-2 d-1(期間平均の日速度)で書き出します: 「マップの出力フォルダ」(OUTPUT_FOLDER)/sr_YYYYDDD.tif(float32、256x256 タイル、ZSTD 圧縮、nodata -9999、日付と単位はメタデータに記録)と、期間ごとに 1 バンドを時間順にもつ sr.vrt。

時間変化する説明変数の欠測(地表面温度や植生指数の雲、フィル値、QC でマスクされたピクセル)は、まず時間方向に補間されます(「説明変数の欠測を時間方向に補間」(FILL_GAPS)、既定で有効): ピクセルごとに、連続して欠測した8日間期間の数が「補間する最長の欠測」(MAX_FILL_GAP)以下(既定 3)であれば線形補間し、それより長い場合は年内の同じ期間の複数年平均(気候値)で補います。各期間には filled_YYYYDDD.tif(uint32 のビットマスク、filled.vrt 付き)も出力されます: モデルの i 番目の時間変化する説明変数が補間された場所ではビット i(値 2^i)が立ち(凡例はメタデータの FILLED_BIT_i / FILLED_LEGEND)、何も補間されなかった場所は 0、何もマップ化されなかった場所は 4294967295 になります。「説明変数の欠測を時間方向に補間」(FILL_GAPS)が無効の場合や、説明変数が欠測のまま残る場所(例: 海上)では、すべての説明変数に値がある(かつ「マスク」(MASK) / 「マップ化する土地被覆クラス」(LANDCOVER_CLASSES)の内側にある)ピクセルだけを予測します。グリッドは既定でモデルの最初の時間変化する説明変数のグリッドです。「範囲」(EXTENT)、「出力 CRS」(TARGET_CRS)、「出力 CRS の単位でのセルサイズ」(RESOLUTION)で別のグリッドを作成でき、他のグリッド上の説明変数は意味に応じてそのグリッドへリサンプリングされます: 粗くするときは有効セルの面積平均(土地被覆はセルの最大面積を占めるクラス)、細かくするときはバイリニア(土地被覆は最近傍)。合成やリサンプリングが必要だった説明変数と、時間方向に補完した欠損値は同じグリッドでの後の実行のために保存され(「準備済みの説明変数を後の実行のために保存」(KEEP_PREPARED)、既定で有効)、後の実行では元ファイルのデコードと欠損の補完を省きます。

「不確実性」(UNCERTAINTY)は木の予測値の標準偏差 sr_sd_YYYYDDD.tif を追加します。「適用可能領域(AOA)の出力」(AOA)は非類似度指数(di_YYYYDDD.tif)と適用可能領域マスク(aoa_YYYYDDD.tif: 内側は 1、モデルが外挿となる場所は 0)のいずれかまたは両方を追加します。

中断しても安全です: すべてのファイルは隠し一時ファイル名で書き込まれ、完成した時点で名前が変更されるため、キャンセルまたは失敗した実行が完成したように見えるファイルを残すことはありません。「再開」(RESUME)は、マップが完成している期間(同じモデル・同じグリッド)をスキップし、残りを計算します。別のモデルやグリッドのマップを含むフォルダは拒否されます。断りなく上書きされることはありません。

「スレッド数」(THREADS)で指定した数のスレッドで実行します。「dask スケジューラのアドレス」(DASK_SCHEDULER)(または環境変数 SOILRESP_DASK_SCHEDULER)を指定すると、モデルと説明変数のパスを読めるワーカーをもつ dask.distributed クラスタで処理します。デスクトップで長時間実行する場合は、メニュー「土壌呼吸 &gt; バックグラウンドでアップスケーリング…」を使ってください。マップが時系列として読み込まれます。

説明変数: フォルダ(再帰的に走査)とファイルのいずれか、または両方。認識するファイル名: AppEEARS の GeoTIFF(MOD11A2.061_LST_Day_1km_doy2005001_aid0001.tif、MOD13A2、MOD15A2H、MOD17A2HGF、および対応する MYD)、MODIS HDF4 グラニュール(MOD13A2.A2016145.h18v04.006.*.hdf)、MODIStsp のファイル(MOD13A1_NDVI_2016_001.tif)、soil_temperature と soil_moisture の &lt;variable&gt;_doy&lt;YYYYDDD&gt;.tif、土地被覆(MCD12)と標高、および static/ フォルダ内のすべてのファイル(すべての日付に使用)。その他のファイル(例: 目的変数の truth/ マップ)はスキップされ、ログに一覧表示されます。「その他のファイル名のパターン」(PATTERN)で独自のファイル名を読み込めます: 名前付きグループ variable と year+doy または date を含む正規表現、または {variable}_%Y%m%d.tif のような strftime 形式です。マルチバンドのファイルでは、バンドの説明ごとに 1 つの日付が必要です。

値は各プロダクトのスケール係数で物理単位に換算されます(MOD11 地表面温度 × 0.02 K、MOD13 / 10000、MOD15 LAI × 0.1・FPAR × 0.01、MOD17 GPP × 0.0001)。欠測値(フィル値)は欠測になり、すでに浮動小数点で保存されたファイルはスケール済みとみなします。16日間プロダクト(MOD13)は「16日間プロダクトの8日間期間への割り当て」(TEMPORAL_MAPPING)で選んだ方法で8日間期間に割り当てられます。変数の妥当な範囲を外れる値(例: ケルビンではなく摂氏の地表面温度、スケールされていない NDVI を浮動小数点で保存したもの)があると、推定される単位を示して実行を停止します。一部の値だけが該当する場合は警告します。

ブラウザで 2 回目にダウンロードされたファイル(名前が ' (1).tif' で終わるもの)は元のファイルと同様に読み込まれます。両方があり内容が同一の場合は、1 つだけを使います。

日別プロダクト(MOD11A1、MYD11A1)は各8日間期間の有効な日の平均になります。「日別プロダクト: 8日間期間にピクセルが必要とする有効日数」(MIN_VALID_DAYS。詳細設定、1..8、既定値 2)はピクセルに必要な有効日数で、これに満たないピクセルは欠測になります。同じ日付のタイルは1つのモザイクとして読み込まれます。GDAL の仮想パス(/vsicurl/https://...、/vsis3/bucket/...)もファイルとして指定できます。

スキャン結果はユーザーのキャッシュフォルダ(~/.cache/soil_resp_plugin、または SOILRESP_CACHE_DIR)に保存され、データフォルダには決して書き込まれません。変更のないファイルは数秒で再読み込みでき、サイズまたは更新時刻が変わったファイルと追加されたファイルだけが再び開かれます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="143" />
      <source>Model file (from Train soil respiration models)</source>
      <translation>モデルファイル(「土壌呼吸モデルの学習」の出力)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="144" />
      <source>A .joblib model written by 'Train soil respiration models', with its .json sidecar. Its predictors are read from the catalog. Open only models you trust: loading one runs code.</source>
      <translation>「土壌呼吸モデルの学習」が書き出した .joblib モデルと .json サイドカー。説明変数はカタログから読みます。信頼できるモデルだけを開いてください: 読み込むとコードが実行されます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="150" />
      <source>First day (its 8-day period is the first map)</source>
      <translation>開始日(その日を含む8日間期間が最初のマップ)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="151" />
      <source>The 8-day period containing this day is the first map. Empty (default): the first period of the model's time-varying predictors in the catalog.</source>
      <translation>この日を含む8日間期間が最初のマップになります。空欄(既定): カタログにあるモデルの時間変化する説明変数の最初の期間。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="156" />
      <source>Last day (its 8-day period is the last map)</source>
      <translation>終了日(その日を含む8日間期間が最後のマップ)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="157" />
      <source>The 8-day period containing this day is the last map. Empty (default): the last period of the model's time-varying predictors in the catalog.</source>
      <translation>この日を含む8日間期間が最後のマップになります。空欄(既定): カタログにあるモデルの時間変化する説明変数の最後の期間。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="162" />
      <source>Uncertainty: standard deviation of the trees (sr_sd_*)</source>
      <translation>不確実性: 木の予測値の標準偏差(sr_sd_*)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="163" />
      <source>Off by default. On: also writes sr_sd_YYYYDDD.tif, the standard deviation of the trees' predictions (g C m-2 d-1).</source>
      <translation>既定で無効。有効: 木の予測値の標準偏差 sr_sd_YYYYDDD.tif(g C m-2 d-1)も書き出します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="167" />
      <source>Area of applicability outputs</source>
      <translation>適用可能領域(AOA)の出力</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="168" />
      <source>Also writes the dissimilarity index (di_YYYYDDD.tif) and/or the area-of-applicability mask (aoa_YYYYDDD.tif: 1 inside, 0 where the model extrapolates). Default: none.</source>
      <translation>非類似度指数(di_YYYYDDD.tif)と適用可能領域マスク(aoa_YYYYDDD.tif: 内側 1、モデルが外挿する場所 0)の一方または両方も書き出します。既定: なし。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="168" />
      <source>Applicability mask only</source>
      <translation>適用可能領域マスクのみ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="168" />
      <source>Dissimilarity index and applicability mask</source>
      <translation>非類似度指数と適用可能領域マスク</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="168" />
      <source>Dissimilarity index only</source>
      <translation>非類似度指数のみ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="168" />
      <source>None</source>
      <translation>なし</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="173" />
      <source>Resume: keep complete maps in the output folder, compute the rest</source>
      <translation>再開: 出力フォルダ内の完成したマップを残し、残りを計算する</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="174" />
      <source>Off by default. On: periods whose maps in the output folder are complete (same model and grid) are kept and only the rest is computed, e.g. after a cancelled run.</source>
      <translation>既定で無効。有効: 出力フォルダでマップが完成している期間(同じモデル・同じグリッド)を残し、残りだけを計算します(例: 中止した実行の後)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="179" />
      <source>Extent (default: predictors')</source>
      <translation>範囲(既定: 説明変数の範囲)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="180" />
      <source>Area to map. Default: the grid of the model's first time-varying predictor.</source>
      <translation>マップ化する範囲。既定: モデルの最初の時間変化する説明変数のグリッド。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="183" />
      <source>Target CRS (default: predictors')</source>
      <translation>出力 CRS(既定: 説明変数の CRS)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="184" />
      <source>Coordinate reference system of the maps. Default: that of the predictors; other predictors are reprojected onto the grid.</source>
      <translation>マップの座標参照系。既定: 説明変数の CRS。他の説明変数はこのグリッドに再投影されます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="188" />
      <source>Cell size in target CRS units (0: predictors')</source>
      <translation>出力 CRS の単位でのセルサイズ(0: 説明変数のセルサイズ)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="189" />
      <source>Cell size of the maps in units of 'Target CRS' (TARGET_CRS). 0 (default): the predictors' cell size.</source>
      <translation>「出力 CRS」(TARGET_CRS)の単位でのマップのセルサイズ。0(既定): 説明変数のセルサイズ。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="193" />
      <source>Mask: predict inside these polygons / non-zero raster cells</source>
      <translation>マスク: これらのポリゴン内 / ラスタの非ゼロセルでのみ予測</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="195" />
      <source>Only cells inside these polygons, or the non-zero cells of this raster, are predicted. Empty (default): every cell where all predictors have a value.</source>
      <translation>これらのポリゴン内、またはこのラスタの非ゼロセルだけを予測します。空欄(既定): すべての説明変数に値があるすべてのセル。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>Land-cover classes to map (IGBP; none: all)</source>
      <translation>マップ化する土地被覆クラス(IGBP。指定なし: すべて)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>0 Water</source>
      <translation>0 水域</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>1 Evergreen needleleaf forest</source>
      <translation>1 常緑針葉樹林</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>10 Grasslands</source>
      <translation>10 草地</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>11 Permanent wetlands</source>
      <translation>11 永久湿地</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>12 Croplands</source>
      <translation>12 農地</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>13 Urban and built-up</source>
      <translation>13 都市・市街地</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>14 Cropland/natural vegetation mosaic</source>
      <translation>14 農地・自然植生モザイク</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>15 Snow and ice</source>
      <translation>15 雪氷</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>16 Barren</source>
      <translation>16 裸地</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>2 Evergreen broadleaf forest</source>
      <translation>2 常緑広葉樹林</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>3 Deciduous needleleaf forest</source>
      <translation>3 落葉針葉樹林</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>4 Deciduous broadleaf forest</source>
      <translation>4 落葉広葉樹林</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>5 Mixed forests</source>
      <translation>5 混交林</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>6 Closed shrublands</source>
      <translation>6 閉鎖低木林</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>7 Open shrublands</source>
      <translation>7 疎開低木林</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>8 Woody savannas</source>
      <translation>8 木本サバンナ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>9 Savannas</source>
      <translation>9 サバンナ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="201" />
      <source>Only cells of these IGBP land-cover classes are mapped (needs land cover among the predictors). None selected (default): all classes.</source>
      <translation>これらの IGBP 土地被覆クラスのセルだけをマップ化します(説明変数の中に土地被覆が必要)。選択なし(既定): すべてのクラス。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="206" />
      <source>Threads (0: all cores)</source>
      <translation>スレッド数(0: 全コア)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="208" />
      <source>Threads of the run (0, the default: all cores). More than the machine's cores are reduced to its cores with a warning.</source>
      <translation>実行のスレッド数(0 が既定: 全コア)。マシンのコア数を超える値は、警告とともにコア数に減らします。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="212" />
      <source>dask scheduler address (e.g. tcp://host:8786)</source>
      <translation>dask スケジューラのアドレス(例: tcp://host:8786)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="213" />
      <source>Address of a dask.distributed scheduler, e.g. tcp://host:8786; its workers must be able to read the model and predictor paths. Empty (default): the environment variable SOILRESP_DASK_SCHEDULER, else this machine.</source>
      <translation>dask.distributed スケジューラのアドレス(例: tcp://host:8786)。ワーカーがモデルと説明変数のパスを読める必要があります。空欄(既定): 環境変数 SOILRESP_DASK_SCHEDULER、なければこのマシン。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="220" />
      <source>Fill gaps of predictors in time (interpolation, then climatology)</source>
      <translation>説明変数の欠測を時間方向に補間(線形補間、次に気候値)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="221" />
      <source>On by default: gaps of the time-varying predictors are filled per pixel by linear interpolation in time, else by the multi-year mean of that period, and filled_YYYYDDD.tif records where. Off: only cells where every predictor has a value are predicted.</source>
      <translation>既定で有効: 時間変化する説明変数の欠測をピクセルごとに時間方向の線形補間で、なければその期間の複数年平均で補い、filled_YYYYDDD.tif に補った場所を記録します。無効: すべての説明変数に値があるセルだけを予測します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="228" />
      <source>Longest gap to interpolate (8-day periods; longer: climatology)</source>
      <translation>補間する最長の欠測(8日間期間の数。これより長い場合: 気候値)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="230" />
      <source>With 'Fill gaps of predictors in time' (FILL_GAPS) on: gaps of at most this many 8-day periods (0 to 46, default 3) are interpolated; longer ones get the multi-year mean.</source>
      <translation>「説明変数の欠測を時間方向に補間」(FILL_GAPS)が有効なとき: この数以下(0〜46、既定 3)の8日間期間の欠測を補間し、それより長い欠測は複数年平均で補います。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="236" />
      <source>Keep prepared predictors for later runs (user cache folder)</source>
      <translation>準備済みの説明変数を後の実行のために保存(ユーザーのキャッシュフォルダ)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="237" />
      <source>On by default: predictors that had to be composited (daily, Terra and Aqua, 16-day) or resampled onto the grid, and the gaps filled in time, are kept in the user cache folder (~/.cache/soil_resp_plugin/prepared, or SOILRESP_CACHE_DIR) and read back by later runs on the same grid, such as the second model or a re-run, which then skip decoding the raw files and filling the gaps again. A changed input file is prepared again. The folder is kept under 50 GB (environment variable SOILRESP_PREPARED_MAX_GB), the oldest blocks removed first. Off: nothing is kept.</source>
      <translation>既定で有効: 合成(日別、Terra と Aqua、16日)やグリッドへのリサンプリングが必要だった説明変数と、時間方向に補完した欠損値をユーザーのキャッシュフォルダ(~/.cache/soil_resp_plugin/prepared、または SOILRESP_CACHE_DIR)に保存し、同じグリッドでの後の実行(2 つ目のモデルや再実行など)で読み戻します。後の実行では元ファイルのデコードと欠損の補完を省きます。変更された入力ファイルは再び準備されます。フォルダは 50 GB 以下に保たれ(環境変数 SOILRESP_PREPARED_MAX_GB)、古いブロックから削除されます。無効: 何も保存しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="250" />
      <source>Workers write their own tiles (shared storage; with DASK_SCHEDULER)</source>
      <translation>ワーカーが各自のタイルを書き込む(共有ストレージ。DASK_SCHEDULER 使用時)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="251" />
      <source>With 'dask scheduler address' (DASK_SCHEDULER): the workers write their tiles themselves instead of sending them back; needs storage shared with this machine. Off by default.</source>
      <translation>「dask スケジューラのアドレス」(DASK_SCHEDULER)の指定時: ワーカーがタイルを送り返さずに自分で書き込みます。このマシンと共有のストレージが必要です。既定で無効。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="258" />
      <source>Folder for sr_YYYYDDD.tif (one map per 8-day period, g C m-2 d-1) and sr.vrt. A folder holding maps of another model or grid is refused; nothing is overwritten unasked.</source>
      <translation>sr_YYYYDDD.tif(8日間期間ごとに 1 枚、g C m-2 d-1)と sr.vrt のフォルダ。別のモデルやグリッドのマップを含むフォルダは拒否します。指示なしに上書きすることはありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="258" />
      <source>Output folder for the maps</source>
      <translation>マップの出力フォルダ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="263" />
      <source>SR time series (VRT, one band per period)</source>
      <translation>土壌呼吸の時系列(VRT、期間ごとに 1 バンド)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="264" />
      <source>Folder of the maps</source>
      <translation>マップのフォルダ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="265" />
      <source>Periods mapped</source>
      <translation>マップ化した期間数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="266" />
      <source>Periods kept (resume)</source>
      <translation>残した期間数(再開)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="267" />
      <source>Pixels predicted</source>
      <translation>予測したピクセル数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="268" />
      <source>Maps written (JSON)</source>
      <translation>書き出したマップ(JSON)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="305" />
      <source>{name} ticked (qgis_process: RESUME=true)</source>
      <translation>{name} にチェックを入れる(qgis_process では RESUME=true)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="312" />
      <source> (The address came from the environment variable {}; unset it to run on this machine.)</source>
      <translation>(このアドレスは環境変数 {} から取得されました。このマシンで実行するには、その環境変数を解除してください。)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="361" />
      <source>the model uses no time-varying predictor to take the dates from: give it and {}.</source>
      <translation>モデルには日付の基準にできる時間変化する説明変数がありません。この値と {} を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="365" />
      <source>{end} is before {name} {start}; give a last day on or after the first.</source>
      <translation>{end} は {name} {start} より前です。開始日以降の終了日を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="79" />
      <source>Rotated grids are not supported for area totals.</source>
      <translation>回転したグリッドは面積積算に対応していません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="86" />
      <source>exact ellipsoidal cell areas (a={a:.1f} m, 1/f={inverse:.6f})</source>
      <translation>楕円体上の厳密なセル面積(a={a:.1f} m、1/f={inverse:.6f})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="95" />
      <source>nominal projected cell area {area:.6g} m2: exact only for an equal-area projection</source>
      <translation>投影座標系での公称セル面積 {area:.6g} m2: 正積図法の場合のみ正確</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="123" />
      <source>No SR maps (sr_YYYYDDD.tif) in {path}. Give the folder that 'Upscale soil respiration maps' wrote (its 'Output folder for the maps', OUTPUT_FOLDER) or its sr.vrt.</source>
      <translation>{path} に土壌呼吸マップ(sr_YYYYDDD.tif)がありません。「土壌呼吸マップのアップスケーリング」が書き出したフォルダ(その「マップの出力フォルダ」、OUTPUT_FOLDER)またはその sr.vrt を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="135" />
      <source>Band {band} of {path} has no period date (band description or PERIOD_START tag such as 2005-01-01).</source>
      <translation>{path} のバンド {band} に期間の日付(2005-01-01 のようなバンドの説明または PERIOD_START タグ)がありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="140" />
      <source>{path} does not exist.</source>
      <translation>{path} は存在しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="144" />
      <source>{count} map date(s) are not starts of MODIS 8-day periods (e.g. {example}); expected day of year 1, 9, 17, ...</source>
      <translation>{count} 個のマップの日付が MODIS 8日間期間の開始日ではありません(例: {example})。通日 1、9、17、... である必要があります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="150" />
      <source>Two maps for period {period}.</source>
      <translation>期間 {period} のマップが 2 つあります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="173" />
      <source>{path} is on another grid ({grid}) than the first map ({first}).</source>
      <translation>{path} は最初のマップ({first})とは別のグリッド({grid})上にあります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="180" />
      <source>The maps are in {units}, not {unit} (8-day mean daily rates as 'Upscale soil respiration maps' writes them).</source>
      <translation>マップの単位が {unit} ではなく {units} です(「土壌呼吸マップのアップスケーリング」が書き出す、8日間の平均日速度である必要があります)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="185" />
      <source>The maps carry no unit: taken as {unit}.</source>
      <translation>マップに単位がないため、{unit} とみなします。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="280" />
      <source>Cannot write {path}: {reason}. Choose an output folder you can write to and with free space; nothing of this run was kept.</source>
      <translation>{path} に書き込めません: {reason}。書き込み可能で空き容量のある出力フォルダを選択してください。この実行の結果は何も残されていません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="414" />
      <source>none set</source>
      <translation>未設定</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="416" />
      <source>The {n_maps} map(s) have no valid pixel: every value is nodata (nodata value {values}) or NaN in every period ({n_periods} period(s), {first} to {last}: {periods}). A total over no area would be meaningless, so nothing was written. Check the log of 'Upscale soil respiration maps' (how many pixels it predicted) and that its extent ('Extent (default: predictors')', EXTENT) and mask lie inside the predictors' coverage.</source>
      <translation>{n_maps} 枚のマップに有効なピクセルがありません: すべての期間で、すべての値が nodata(nodata 値 {values})または NaN です({n_periods} 期間、{first} から {last}: {periods})。面積のない積算値は意味をなさないため、何も書き出していません。「土壌呼吸マップのアップスケーリング」のログ(予測したピクセル数)を確認し、その範囲(「範囲(既定: 説明変数の範囲)」、EXTENT)とマスクが説明変数のカバー範囲内にあることを確認してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="442" />
      <source>{folder} already holds totals of an earlier run ({count} file(s), e.g. {example}). Nothing is overwritten unasked: choose another output folder or allow replacing them.</source>
      <translation>{folder} にはすでに以前の実行の積算値があります({count} ファイル、例: {example})。許可なく上書きすることはありません: 別の出力フォルダを選択するか、置き換えを許可してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="453" />
      <source>{year}: all {n} periods present.</source>
      <translation>{year}: {n} 期間すべてがそろっています。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="456" />
      <source>{year}: {present} of {expected} periods present ({covered} of {days} days, {share:.0f} %); missing {missing}. No annual total for {year}; monthly totals only for complete months ({months}).</source>
      <translation>{year}: {expected} 期間のうち {present} 期間があります({days} 日のうち {covered} 日、{share:.0f} %)。欠けている期間: {missing}。{year} の年積算値は作成せず、月積算値は完全な月({months})についてのみ作成します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="465" />
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="468" />
      <source>No month is fully covered by the maps: nothing can be totalled. Upscale whole months (or years) first.</source>
      <translation>マップで完全にカバーされている月がないため、積算できるものがありません。先に月(または年)全体をアップスケーリングしてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="471" />
      <source>Cell areas: {note}.</source>
      <translation>セル面積: {note}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="586" />
      <source>The maps have valid pixels, but no pixel has a value in every period of any complete month: its gaps are longer than MAX_GAP ({max_gap} period(s)), so there is no total to report and nothing was written. Check the maps (e.g. clouds in the predictors) or fill longer gaps with a larger MAX_GAP.</source>
      <translation>マップには有効なピクセルがありますが、どの完全な月についても、そのすべての期間に値をもつピクセルがありません: 欠測が MAX_GAP({max_gap} 期間)より長いため、報告する積算値がなく、何も書き出していません。マップ(例: 説明変数の雲)を確認するか、MAX_GAP を大きくしてより長い欠測を補間してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="593" />
      <source>{year}: no pixel has a value in every period (gaps longer than MAX_GAP = {max_gap}): no annual total for {year}.</source>
      <translation>{year}: すべての期間に値をもつピクセルがありません(MAX_GAP = {max_gap} より長い欠測)。{year} の年積算値は作成しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="600" />
      <source>{year}-{month:02d}: no pixel has a value in every day of the month (gaps longer than MAX_GAP = {max_gap}): no monthly total.</source>
      <translation>{year}-{month:02d}: 月のすべての日に値をもつピクセルがありません(MAX_GAP = {max_gap} より長い欠測)。月積算値は作成しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="614" />
      <source>No pixel has a total in every complete year: no mean annual map.</source>
      <translation>すべての完全な年に積算値をもつピクセルがないため、年平均マップは作成しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="658" />
      <source>{year}: {total:.4f} Tg C yr-1 over {area:,.0f} km2 (mean {mean:.1f} g C m-2 yr-1; {filled:.1f} % of pixel-periods gap-filled)</source>
      <translation>{year}: {area:,.0f} km2 で {total:.4f} Tg C yr-1(平均 {mean:.1f} g C m-2 yr-1、ピクセル・期間の {filled:.1f} % を欠測補間)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="662" />
      <source>{year}: {total:.4f} Tg C yr-1 over {area:,.0f} km2 (mean {mean:.1f} g C m-2 yr-1)</source>
      <translation>{year}: {area:,.0f} km2 で {total:.4f} Tg C yr-1(平均 {mean:.1f} g C m-2 yr-1)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="665" />
      <source>{year}: incomplete ({covered} of {days} days), no annual total.</source>
      <translation>{year}: 不完全({days} 日のうち {covered} 日)なため、年積算値はありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="673" />
      <source>{year}-{month:02d}: {total:.4f} Tg C over {area:,.0f} km2 (mean {mean:.1f} g C m-2)</source>
      <translation>{year}-{month:02d}: {area:,.0f} km2 で {total:.4f} Tg C(平均 {mean:.1f} g C m-2)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="693" />
      <source>Could not remove {path} of the earlier totals ({reason}); delete it by hand.</source>
      <translation>以前の積算値の {path} を削除できませんでした({reason})。手動で削除してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/aggregation.py" line="696" />
      <source>Removed {count} file(s) of the earlier totals that this run does not replace (e.g. {example}).</source>
      <translation>この実行で置き換えられない以前の積算値のファイル {count} 個を削除しました(例: {example})。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/baselines.py" line="151" />
      <source>not computed: the table has no period_start for every row</source>
      <translation>計算していません: テーブルのすべての行に period_start があるわけではありません</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/baselines.py" line="157" />
      <source>not computed: the table has no soil temperature or land-surface temperature</source>
      <translation>計算していません: テーブルに地温も地表面温度もありません</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/building.py" line="47" />
      <source>{path} has no coordinate reference system: assign one (e.g. with 'Assign projection') before using it as a predictor.</source>
      <translation>{path} には座標参照系がありません。説明変数として使う前に座標参照系を割り当ててください(例: 「Assign projection」(投影法の割り当て)で)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/building.py" line="70" />
      <source>Band {band} of the multi-band file {path} has no date in its description or metadata (expected e.g. 2016-01-01 or 2016001). Name each band by its date, or store one file per date.</source>
      <translation>マルチバンドファイル {path} のバンド {band} の説明にもメタデータにも日付がありません(例: 2016-01-01 や 2016001 を想定しています)。各バンドに日付の名前を付けるか、日付ごとに 1 つのファイルとして保存してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/building.py" line="117" />
      <source>one band and no date in its name, and not in a static/ folder</source>
      <translation>バンドが 1 つで、名前に日付がなく、static/ フォルダにもありません</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/building.py" line="150" />
      <source>QUALITY={quality} asked for, but {variable} has no QC layer next to its files: its values are used without QC filtering.</source>
      <translation>QUALITY={quality} が指定されましたが、{variable} のファイルと同じ場所に QC レイヤがありません。その値は QC フィルタなしで使用されます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/building.py" line="158" />
      <source>{files} and {count} more</source>
      <translation>{files} ほか {count} 件</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/building.py" line="161" />
      <source>QC layer missing: {count} {variable} layer(s) of a product that has one come without it ({files}): their pixels are used without QC filtering (QUALITY={quality} applies to the others). Download the complete granules or AppEEARS QC layers.</source>
      <translation>QC レイヤがありません: QC レイヤをもつプロダクトの {variable} のレイヤ {count} 個に QC レイヤが付いていません({files})。それらのピクセルは QC フィルタなしで使用されます(QUALITY={quality} はそれ以外に適用されます)。完全なグラニュールまたは AppEEARS の QC レイヤをダウンロードしてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/building.py" line="184" />
      <source>Rasters of {variable} are on different grids: {first} has {first_grid}, {path} has {grid}. Put every {variable} raster on one grid (e.g. gdalwarp -tr/-te to a common grid) or keep only one version of the files.</source>
      <translation>{variable} のラスタのグリッドが異なります: {first} は {first_grid}、{path} は {grid} です。{variable} のすべてのラスタを 1 つのグリッドにそろえる(例: gdalwarp -tr/-te で共通のグリッドへ)か、ファイルのバージョンを 1 つだけ残してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/cache.py" line="245" />
      <source>Catalog cache {path} ignored ({why}); the predictors are scanned again and the cache is rewritten.</source>
      <translation>カタログのキャッシュ {path} を無視しました({why})。説明変数を再度走査し、キャッシュを書き直します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/cache.py" line="255" />
      <source>not a catalog cache of this plugin</source>
      <translation>このプラグインのカタログキャッシュではありません</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/cache.py" line="257" />
      <source>empty file</source>
      <translation>空のファイルです</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/cache.py" line="260" />
      <source>owned by another user</source>
      <translation>別のユーザーが所有しています</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/cache.py" line="266" />
      <source>unreadable: {kind}: {error}</source>
      <translation>読み込めません: {kind}: {error}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/cache.py" line="270" />
      <source>written by another cache format</source>
      <translation>別のキャッシュ形式で書かれています</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/cache.py" line="273" />
      <source>written by another version of the plugin</source>
      <translation>別のバージョンのプラグインで書かれています</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/cache.py" line="276" />
      <source>made for other paths or options</source>
      <translation>別のパスまたはオプション用に作成されています</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/cache.py" line="284" />
      <source>incomplete: {error}</source>
      <translation>不完全です: {error}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/cache.py" line="298" />
      <source>unreadable result: {kind}: {error}</source>
      <translation>結果を読み込めません: {kind}: {error}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/cache.py" line="311" />
      <source>unreadable per-file part: {kind}</source>
      <translation>ファイルごとの部分を読み込めません: {kind}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/cache.py" line="332" />
      <source>Old catalog caches in {folder} not pruned: {error}</source>
      <translation>{folder} の古いカタログキャッシュを削除できませんでした: {error}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/cache.py" line="359" />
      <source>Catalog cache not written to {folder} ({error}); the next run scans the predictors again.</source>
      <translation>カタログのキャッシュを {folder} に書き込めませんでした({error})。次回の実行で説明変数を再度走査します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/cache.py" line="367" />
      <source>Could not remove the unfinished cache {path}: {error}</source>
      <translation>書きかけのキャッシュ {path} を削除できませんでした: {error}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/datasets.py" line="74" />
      <source>Cannot read the remote file {path}: {error}. Check the address (open it with gdalinfo), that the server answers HTTP range requests, and GDAL's credentials (AWS_*, GDAL_HTTP_*); or download the file and give the local copy.</source>
      <translation>リモートファイル {path} を読み込めません: {error}。アドレス(gdalinfo で開いてみてください)、サーバーが HTTP の範囲リクエストに応答すること、GDAL の認証情報(AWS_*、GDAL_HTTP_*)を確認するか、ファイルをダウンロードしてローカルのコピーを指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/datasets.py" line="81" />
      <source>Cannot read {path}: {error}. The file is damaged or truncated: download it again, or remove it from PREDICTORS.</source>
      <translation>{path} を読み込めません: {error}。ファイルが破損しているか途中で切れています。もう一度ダウンロードするか、PREDICTORS から外してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/decoding.py" line="110" />
      <source>They look like degrees Celsius; LST must be in kelvin: convert (value + 273.15, e.g. gdal_calc.py -A in.tif --calc='A+273.15' --outfile=out.tif)</source>
      <translation>値は摂氏(°C)のように見えます。LST はケルビンでなければなりません: 変換してください(値 + 273.15。例: gdal_calc.py -A in.tif --calc='A+273.15' --outfile=out.tif)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/decoding.py" line="113" />
      <source>They look like kelvin; soil temperature must be in degC: convert (value - 273.15)</source>
      <translation>値はケルビンのように見えます。地温は degC でなければなりません: 変換してください(値 - 273.15)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/decoding.py" line="117" />
      <source>They look like the product's stored integers without the scale factor {scale:g} (saved as float, e.g. by a tool that dropped the scaling): multiply by {scale:g}, or use the original integer files, which the catalog scales itself</source>
      <translation>値はスケール係数 {scale:g} を適用していないプロダクトの格納整数のように見えます(スケーリングを落としたツールなどで float として保存されたもの): {scale:g} を掛けるか、カタログが自らスケーリングする元の整数ファイルを使ってください</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/decoding.py" line="122" />
      <source>They look like percent: divide by 100</source>
      <translation>値はパーセントのように見えます: 100 で割ってください</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/decoding.py" line="168" />
      <source>stored integers {first}..{last} (x {scale:g} = {low:g}..{high:g} {unit})</source>
      <translation>格納整数 {first}..{last}(x {scale:g} = {low:g}..{high:g} {unit})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/decoding.py" line="178" />
      <source>{variable} ({long_name}, {unit}): the float values of its {count} file(s) ({named}) range {low:g}..{high:g}, but {variable} must be {expected}. {masked} of {total} sampled values ({share:.0%}) lie outside that valid range and are masked as missing (they are not fill/no-data values).</source>
      <translation>{variable}({long_name}、{unit}): {count} 個のファイル({named})の浮動小数点値の範囲は {low:g}..{high:g} ですが、{variable} は {expected} でなければなりません。抽出した {total} 個の値のうち {masked} 個({share:.0%})がこの有効範囲外にあり、欠測としてマスクされます(これらはフィル値・ノーデータ値ではありません)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/decoding.py" line="184" />
      <source>{variable} ({long_name}, {unit}): the integer values of its {count} file(s) ({named}) range {low:g}..{high:g}, but {variable} must be {expected}. {masked} of {total} sampled values ({share:.0%}) lie outside that valid range and are masked as missing (they are not fill/no-data values).</source>
      <translation>{variable}({long_name}、{unit}): {count} 個のファイル({named})の整数値の範囲は {low:g}..{high:g} ですが、{variable} は {expected} でなければなりません。抽出した {total} 個の値のうち {masked} 個({share:.0%})がこの有効範囲外にあり、欠測としてマスクされます(これらはフィル値・ノーデータ値ではありません)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/decoding.py" line="190" />
      <source>{text} {guess}.</source>
      <translation>{text}{guess}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/decoding.py" line="192" />
      <source>{text} Or leave these files out.</source>
      <translation>{text}または、これらのファイルを除外してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/grid.py" line="87" />
      <source>no CRS</source>
      <translation>CRS なし</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/grid.py" line="90" />
      <source>{width}x{height} cells of {xres:.6g} x {yres:.6g}, {crs}</source>
      <translation>{width}x{height} セル、セルサイズ {xres:.6g} x {yres:.6g}、{crs}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/mosaic.py" line="67" />
      <source>the same granule ({granule}, tile {tile}, {date}) as {best} (a renamed copy); {best} is used</source>
      <translation>{best} と同じグラニュール({granule}、タイル {tile}、{date})です(名前を変えたコピー)。{best} を使用します</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/mosaic.py" line="71" />
      <source>collection {collection} of {product} tile {tile} {date}, superseded by collection {newer} in {best}, which is used</source>
      <translation>{product} タイル {tile} {date} のコレクション {collection} です。{best} のコレクション {newer} に置き換えられており、そちらを使用します</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/mosaic.py" line="76" />
      <source>a reprocessed duplicate of {product} tile {tile} {date} (produced {produced}); the newer {best} (produced {best_produced}) is used</source>
      <translation>{product} タイル {tile} {date} の再処理による重複です(作成 {produced})。より新しい {best}(作成 {best_produced})を使用します</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/mosaic.py" line="80" />
      <source>unknown</source>
      <translation>不明</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/mosaic.py" line="83" />
      <source>Duplicate granule skipped: {path}: {reason}.</source>
      <translation>重複したグラニュールをスキップしました: {path}: {reason}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/mosaic.py" line="98" />
      <source>collection {collection}: tiles {tiles} (e.g. {example})</source>
      <translation>コレクション {collection}: タイル {tiles}(例: {example})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/mosaic.py" line="104" />
      <source>{product} granules of {date} mix MODIS collections ({parts}). Tiles of different collections do not join into one consistent mosaic: download the missing tiles in collection {newest} (or all tiles in one collection) and remove the others.</source>
      <translation>{date} の {product} グラニュールに複数の MODIS コレクションが混在しています({parts})。異なるコレクションのタイルは整合した 1 つのモザイクになりません: 不足しているタイルをコレクション {newest} でダウンロードし(またはすべてのタイルを 1 つのコレクションでそろえ)、ほかを削除してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/mosaic.py" line="122" />
      <source>Tiles of {variable} have different grids: tile {tile} has {grid}, another has {other}. Use one product resolution per variable (e.g. only MOD13A2 1 km or only MOD13Q1 250 m).</source>
      <translation>{variable} のタイルのグリッドが異なります: タイル {tile} は {grid}、別のタイルは {other} です。変数ごとにプロダクトの解像度を 1 つにしてください(例: MOD13A2 の 1 km のみ、または MOD13Q1 の 250 m のみ)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/mosaic.py" line="141" />
      <source>Tile {tile} of {variable} is not aligned with the other tiles' cells ({grid}, origin {x:.3f}, {y:.3f}): it is not a tile of the MODIS sinusoidal grid. Remove it, or mosaic such files yourself.</source>
      <translation>{variable} のタイル {tile} がほかのタイルのセルにそろっていません({grid}、原点 {x:.3f}, {y:.3f})。MODIS サイン曲線図法グリッドのタイルではありません。削除するか、このようなファイルはご自身でモザイクしてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/mosaic.py" line="205" />
      <source>Tiles {tile_a} ({path_a}) and {tile_b} ({path_b}) of {variable} on {date} overlap on {cells} cells, and {differ} of them hold conflicting values. MODIS tiles do not overlap: one of the files is not the tile its name says (check its georeferencing with gdalinfo) - remove it.</source>
      <translation>{date} の {variable} のタイル {tile_a}({path_a})と {tile_b}({path_b})が {cells} セルで重なり、そのうち {differ} セルの値が食い違っています。MODIS のタイルは重なりません: どちらかのファイルが名前どおりのタイルではありません(gdalinfo でジオリファレンスを確認してください)。そのファイルを削除してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/mosaic.py" line="275" />
      <source>{dates}, ... ({count} dates)</source>
      <translation>{dates}、…(計 {count} 日)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/mosaic.py" line="276" />
      <source>{variable}: tile(s) {tiles} missing on {dates}: those parts of the mosaic are no data. Download the missing granules to fill them.</source>
      <translation>{variable}: {dates} にタイル {tiles} がありません。モザイクのその部分はノーデータになります。埋めるには不足しているグラニュールをダウンロードしてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="97" />
      <source>PATTERN '{text}' is neither a regular expression with named groups (e.g. (?P&lt;variable&gt;[a-z_]+)_(?P&lt;year&gt;\d{{4}})(?P&lt;doy&gt;\d{{3}})) nor a strftime format (e.g. {{variable}}_%Y%m%d.tif).</source>
      <translation>PATTERN '{text}' は名前付きグループをもつ正規表現(例: (?P&lt;variable&gt;[a-z_]+)_(?P&lt;year&gt;\d{{4}})(?P&lt;doy&gt;\d{{3}}))でも strftime 形式(例: {{variable}}_%Y%m%d.tif)でもありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="103" />
      <source>PATTERN '{text}' is not a valid regular expression: {error}</source>
      <translation>PATTERN '{text}' は有効な正規表現ではありません: {error}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="109" />
      <source>PATTERN '{text}' does not say which variable a file holds: add a named group (?P&lt;variable&gt;...) or {{variable}}, or a fixed name such as ndvi_%Y%m%d.</source>
      <translation>PATTERN '{text}' では、ファイルがどの変数を含むかがわかりません: 名前付きグループ (?P&lt;variable&gt;...) か {{variable}}、または ndvi_%Y%m%d のような固定の名前を加えてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="207" />
      <source>its name holds the date {date} but no built-in naming scheme reads it: give 'File name pattern for other names' (PATTERN) {format} (or the regular expression {regex}); the variable '{variable}' is read as {known}</source>
      <translation>名前に日付 {date} が含まれていますが、組み込みの命名規則では読み取れません: 「その他のファイル名のパターン」(PATTERN)に {format}(または正規表現 {regex})を指定してください。変数 '{variable}' は {known} として読み込まれます</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="261" />
      <source>'{variable}' is not a known predictor variable</source>
      <translation>'{variable}' は既知の説明変数ではありません</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="276" />
      <source>file name matches no known naming scheme (give PATTERN for your own names)</source>
      <translation>ファイル名が既知の命名規則のいずれにも一致しません(独自の名前には PATTERN を指定してください)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="309" />
      <source>a browser's second download of {name} (same bytes); {name} is used</source>
      <translation>ブラウザで 2 回目にダウンロードされた {name} です(内容が同一)。{name} を使用します</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="312" />
      <source>{path}: {reason}.</source>
      <translation>{path}: {reason}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="330" />
      <source>MODIS product {product} is not one the catalog knows</source>
      <translation>MODIS プロダクト {product} はカタログが扱うプロダクトではありません</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="334" />
      <source>layer '{layer}' of {product} is not a predictor the catalog uses</source>
      <translation>{product} のレイヤ '{layer}' はカタログが使う説明変数ではありません</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="338" />
      <source>time step of {product} is not supported</source>
      <translation>{product} の時間ステップには対応していません</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="438" />
      <source>{damaged} ({error}); download it again, or remove it (reading HDF4 needs GDAL's HDF4 driver: `gdalinfo --formats | grep HDF4`)</source>
      <translation>{damaged}({error})。もう一度ダウンロードするか、削除してください(HDF4 の読み込みには GDAL の HDF4 ドライバが必要です: `gdalinfo --formats | grep HDF4`)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="440" />
      <source>damaged or not an HDF4 file</source>
      <translation>破損しているか HDF4 ファイルではありません</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="450" />
      <source>The granule {path} says {date} in its name (A{yeardoy}) but {meta_date} in its metadata (RANGEBEGINNINGDATE, LOCALGRANULEID {granule}). The file was renamed by hand or is damaged: give it its original name (LOCALGRANULEID), or remove it from PREDICTORS.</source>
      <translation>グラニュール {path} の日付は名前では {date}(A{yeardoy})ですが、メタデータでは {meta_date}(RANGEBEGINNINGDATE、LOCALGRANULEID {granule})です。ファイルが手作業で名前を変えられたか、破損しています: 元の名前(LOCALGRANULEID)に戻すか、PREDICTORS から外してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="455" />
      <source>The granule {path} says {date} in its name (A{yeardoy}) but {meta_date} in its metadata (RANGEBEGINNINGDATE). The file was renamed by hand or is damaged: give it its original name (LOCALGRANULEID), or remove it from PREDICTORS.</source>
      <translation>グラニュール {path} の日付は名前では {date}(A{yeardoy})ですが、メタデータでは {meta_date}(RANGEBEGINNINGDATE)です。ファイルが手作業で名前を変えられたか、破損しています: 元の名前(LOCALGRANULEID)に戻すか、PREDICTORS から外してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="467" />
      <source>HDF file whose name is not a MODIS granule name (MOD13A2.A2016145....hdf) and whose metadata holds no SHORTNAME/RANGEBEGINNINGDATE</source>
      <translation>名前が MODIS グラニュール名(MOD13A2.A2016145....hdf)ではなく、メタデータに SHORTNAME/RANGEBEGINNINGDATE もない HDF ファイルです</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="483" />
      <source>HDF file without subdatasets</source>
      <translation>サブデータセットのない HDF ファイルです</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="503" />
      <source>{entry} is a remote path without a raster file name (one of {extensions}): remote folders are not listed. Give the remote files one by one (e.g. /vsicurl/https://host/MOD11A2.061_LST_Day_1km_doy2016145_aid0001.tif), or download the folder.</source>
      <translation>{entry} はラスタファイル名({extensions} のいずれか)のないリモートパスです: リモートのフォルダは一覧できません。リモートファイルを 1 つずつ指定する(例: /vsicurl/https://host/MOD11A2.061_LST_Day_1km_doy2016145_aid0001.tif)か、フォルダをダウンロードしてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/names.py" line="515" />
      <source>These predictor paths do not exist: {paths}. Check the folder names.</source>
      <translation>次の説明変数のパスは存在しません: {paths}。フォルダ名を確認してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="149" />
      <source>The minimum number of valid days must be 1..{most}, not {value}.</source>
      <translation>最小有効日数は 1..{most} でなければなりません({value} ではありません)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="153" />
      <source>Unknown temporal mapping '{value}'; use one of {choices}.</source>
      <translation>不明な時間方向の割り当て '{value}' です。{choices} のいずれかを使用してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="158" />
      <source>Unknown quality level '{value}'; use one of {choices}.</source>
      <translation>不明な品質レベル '{value}' です。{choices} のいずれかを使用してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="167" />
      <source>Static layer {path} does not exist.</source>
      <translation>静的レイヤ {path} は存在しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="188" />
      <source>Predictor catalog read from the cache {path} ({count} files unchanged since the last scan).</source>
      <translation>説明変数カタログをキャッシュ {path} から読み込みました(前回の走査以降、変更のないファイル {count} 個)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="225" />
      <source>'{variable}' looks like the target (soil respiration), not a predictor</source>
      <translation>'{variable}' は説明変数ではなく、目的変数(土壌呼吸)のように見えます</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="259" />
      <source>No predictor rasters recognised in {paths} ({count} raster files scanned). {hints} ({hinted} such files).</source>
      <translation>{paths} に説明変数のラスタが見つかりませんでした(走査したラスタファイル {count} 個)。{hints}(このようなファイルは {hinted} 個)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="262" />
      <source>No predictor rasters recognised in {paths} ({count} raster files scanned). {hints}.</source>
      <translation>{paths} に説明変数のラスタが見つかりませんでした(走査したラスタファイル {count} 個)。{hints}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="267" />
      <source>No predictor rasters recognised in {paths} ({count} raster files scanned; e.g. {examples}). The catalog reads AppEEARS GeoTIFFs (MOD11A2.061_LST_Day_1km_doy2005001_aid0001.tif), MODIS HDF4 granules (MOD13A2.A2016145.h18v04.006.*.hdf), MODIStsp files (MOD13A1_NDVI_2016_001.tif), &lt;variable&gt;_doy&lt;YYYYDDD&gt;.tif and static/ folders. For other names give PATTERN, e.g. {{variable}}_%Y%m%d.tif.</source>
      <translation>{paths} に説明変数のラスタが見つかりませんでした(走査したラスタファイル {count} 個。例: {examples})。カタログが読み込めるのは、AppEEARS の GeoTIFF(MOD11A2.061_LST_Day_1km_doy2005001_aid0001.tif)、MODIS HDF4 グラニュール(MOD13A2.A2016145.h18v04.006.*.hdf)、MODIStsp のファイル(MOD13A1_NDVI_2016_001.tif)、&lt;variable&gt;_doy&lt;YYYYDDD&gt;.tif、static/ フォルダです。その他の名前には PATTERN を指定してください(例: {{variable}}_%Y%m%d.tif)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="275" />
      <source>No predictor rasters recognised in {paths} ({count} raster files scanned). The catalog reads AppEEARS GeoTIFFs (MOD11A2.061_LST_Day_1km_doy2005001_aid0001.tif), MODIS HDF4 granules (MOD13A2.A2016145.h18v04.006.*.hdf), MODIStsp files (MOD13A1_NDVI_2016_001.tif), &lt;variable&gt;_doy&lt;YYYYDDD&gt;.tif and static/ folders. For other names give PATTERN, e.g. {{variable}}_%Y%m%d.tif.</source>
      <translation>{paths} に説明変数のラスタが見つかりませんでした(走査したラスタファイル {count} 個)。カタログが読み込めるのは、AppEEARS の GeoTIFF(MOD11A2.061_LST_Day_1km_doy2005001_aid0001.tif)、MODIS HDF4 グラニュール(MOD13A2.A2016145.h18v04.006.*.hdf)、MODIStsp のファイル(MOD13A1_NDVI_2016_001.tif)、&lt;variable&gt;_doy&lt;YYYYDDD&gt;.tif、static/ フォルダです。その他の名前には PATTERN を指定してください(例: {{variable}}_%Y%m%d.tif)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="286" />
      <source>Predictor {variable} [{unit}]: static ({product}), {grid}</source>
      <translation>説明変数 {variable} [{unit}]: 静的({product})、{grid}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="290" />
      <source>Predictor {variable} [{unit}]: {n_periods} periods {first}..{last} ({product}, {time_step}), {n_gaps} gaps, {grid}</source>
      <translation>説明変数 {variable} [{unit}]: {n_periods} 期間 {first}..{last}({product}、{time_step})、欠測 {n_gaps} 期間、{grid}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="298" />
      <source>{variable}: daily series ({platform}) with {count} missing day(s) ({days}): those 8-day periods are composited from the days present; pixels with fewer than {min_valid_days} valid days (MIN_VALID_DAYS) are no data. Download the missing days to use them.</source>
      <translation>{variable}: 日別の時系列({platform})に欠けている日が {count} 日あります({days})。それらの8日間期間はある日だけから合成され、有効日が {min_valid_days} 日(MIN_VALID_DAYS)未満のピクセルはノーデータになります。欠けている日を使うには、それらをダウンロードしてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="311" />
      <source>Skipped damaged file {path}: {reason}.</source>
      <translation>破損したファイル {path} をスキップしました: {reason}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="314" />
      <source>... and {count} more damaged files (all are listed in the skipped-files log).</source>
      <translation>…ほかに破損したファイルが {count} 個あります(すべてスキップしたファイルのログに記載されています)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="319" />
      <source>{count} files were skipped; every one is listed with its reason in {path}</source>
      <translation>{count} 個のファイルをスキップしました。すべてのファイルとその理由は {path} に記載されています</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="324" />
      <source>Skipped {path}: {reason}.</source>
      <translation>{path} をスキップしました: {reason}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="326" />
      <source>... and {count} more files with a date PATTERN would read.</source>
      <translation>…ほかに、PATTERN を指定すれば日付を読み取れるファイルが {count} 個あります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="329" />
      <source>Skipped {count} raster file(s) that are not predictors:</source>
      <translation>説明変数ではないラスタファイル {count} 個をスキップしました:</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="334" />
      <source>Skipped {count} raster files that are not predictors:</source>
      <translation>説明変数ではないラスタファイル {count} 個をスキップしました:</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="346" />
      <source>  ... and {count} more groups</source>
      <translation>  …ほか {count} グループ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="348" />
      <source>Note: the predictors are SYNTHETIC demo data (SYNTHETIC=true tag).</source>
      <translation>注意: 説明変数は合成(SYNTHETIC)のデモデータです(SYNTHETIC=true タグ)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="362" />
      <source>The predictor catalog has no variable '{variable}' (it has: {variables}). Add its rasters to PREDICTORS.</source>
      <translation>説明変数カタログに変数 '{variable}' がありません(あるのは: {variables})。そのラスタを PREDICTORS に追加してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="453" />
      <source>static</source>
      <translation>静的</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="454" />
      <source>{days}-day</source>
      <translation>{days}日間</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="472" />
      <source>mode when coarsening, nearest when refining</source>
      <translation>粗くするときは最頻値、細かくするときは最近傍</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="473" />
      <source>area mean of valid cells when coarsening, bilinear when refining</source>
      <translation>粗くするときは有効セルの面積平均、細かくするときはバイリニア</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="483" />
      <source>yearly ({first}..{last}): each period uses its year's layer; other years use the nearest year (warned)</source>
      <translation>年ごと({first}..{last}): 各期間はその年のレイヤを使用し、それ以外の年は最も近い年のレイヤを使用(警告あり)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="486" />
      <source>static: one layer for every period</source>
      <translation>静的: すべての期間に 1 つのレイヤ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="489" />
      <source>daily: 8-day mean of valid days, at least {min_valid_days} valid days per pixel (count via valid_days) (Terra and Aqua combined)</source>
      <translation>日別: 有効日の8日間平均。ピクセルごとに有効日が {min_valid_days} 日以上必要(日数は valid_days で確認)(Terra と Aqua を統合)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="493" />
      <source>{days}-day: mean of the layers in each 8-day period (Terra and Aqua combined)</source>
      <translation>{days}日間: 各8日間期間に含まれるレイヤの平均(Terra と Aqua を統合)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="496" />
      <source>16-day onto 8-day periods ({mapping}) (Terra and Aqua combined)</source>
      <translation>16日間から8日間期間へ({mapping})(Terra と Aqua を統合)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="498" />
      <source>8-day (Terra and Aqua combined)</source>
      <translation>8日間(Terra と Aqua を統合)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="500" />
      <source>daily: 8-day mean of valid days, at least {min_valid_days} valid days per pixel (count via valid_days)</source>
      <translation>日別: 有効日の8日間平均。ピクセルごとに有効日が {min_valid_days} 日以上必要(日数は valid_days で確認)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="504" />
      <source>{days}-day: mean of the layers in each 8-day period</source>
      <translation>{days}日間: 各8日間期間に含まれるレイヤの平均</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="507" />
      <source>16-day onto 8-day periods ({mapping})</source>
      <translation>16日間から8日間期間へ({mapping})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="509" />
      <source>8-day</source>
      <translation>8日間</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="547" />
      <source>{variable} ({product}) covers the years {years}, not {outside}: periods of those years use the nearest year's layer. Add the missing years' files to use their own.</source>
      <translation>{variable}({product})がカバーするのは {years} 年で、{outside} 年はカバーしていません: それらの年の期間には最も近い年のレイヤを使用します。各年のレイヤを使うには、不足している年のファイルを追加してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="566" />
      <source>{variable}: no layer for {year}; the {instead} layer is used</source>
      <translation>{variable}: {year} 年のレイヤがありません。{instead} 年のレイヤを使用します</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="574" />
      <source>No {variable} raster for the 8-day period starting {period} (outside its periods {first}..{last}). Add the missing files or use periods the catalog covers (see 'Describe predictor catalog').</source>
      <translation>{period} に始まる8日間期間の {variable} ラスタがありません(期間 {first}..{last} の範囲外)。不足しているファイルを追加するか、カタログにある期間を使用してください(「説明変数カタログの概要」を参照)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="578" />
      <source>No {variable} raster for the 8-day period starting {period} (a gap in its periods {first}..{last}). Add the missing files or use periods the catalog covers (see 'Describe predictor catalog').</source>
      <translation>{period} に始まる8日間期間の {variable} ラスタがありません(期間 {first}..{last} の中の欠け)。不足しているファイルを追加するか、カタログにある期間を使用してください(「説明変数カタログの概要」を参照)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="760" />
      <source>Window size {size} must be odd (1, 3, 5, ...) so the window is centred on the site's cell.</source>
      <translation>ウィンドウがサイトのセルを中心とするように、ウィンドウサイズ {size} は奇数(1、3、5、…)でなければなりません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/predictor_catalog.py" line="848" />
      <source>The longest gap to interpolate must be 0 or more periods, not {value}.</source>
      <translation>補間する最長の欠測は 0 期間以上でなければなりません({value} ではありません)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/prepared.py" line="349" />
      <source>Prepared predictors (composited, resampled onto the grid or gap-filled, kept for later runs): {hits:,} block(s) read back, {computed:,} prepared on this machine; {size:.2f} GB in {folder} (limit {limit:.0f} GB, SOILRESP_PREPARED_MAX_GB); {removed:,} older block(s) removed to stay under the limit.</source>
      <translation>準備済みの説明変数(合成・グリッドへのリサンプリング・欠損補完を行い、後の実行のために保存): {hits:,} ブロックを読み戻し、{computed:,} ブロックをこのマシンで準備しました。{folder} に {size:.2f} GB(上限 {limit:.0f} GB、SOILRESP_PREPARED_MAX_GB)。上限内に収めるため古いブロック {removed:,} 個を削除しました。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/prepared.py" line="355" />
      <source>Prepared predictors (composited, resampled onto the grid or gap-filled, kept for later runs): {hits:,} block(s) read back, {computed:,} prepared on this machine; {size:.2f} GB in {folder} (limit {limit:.0f} GB, SOILRESP_PREPARED_MAX_GB).</source>
      <translation>準備済みの説明変数(合成・グリッドへのリサンプリング・欠損補完を行い、後の実行のために保存): {hits:,} ブロックを読み戻し、{computed:,} ブロックをこのマシンで準備しました。{folder} に {size:.2f} GB(上限 {limit:.0f} GB、SOILRESP_PREPARED_MAX_GB)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/prepared.py" line="361" />
      <source>{count:,} prepared block(s) could not be written to {folder} (not writable or full), so later runs will prepare them again. Free space there, or set SOILRESP_CACHE_DIR to a writable folder.</source>
      <translation>準備済みのブロック {count:,} 個を {folder} に書き込めませんでした(書き込み不可または空き容量なし)。後の実行で再び準備されます。そこに空き容量を確保するか、SOILRESP_CACHE_DIR に書き込み可能なフォルダを設定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/temporal.py" line="56" />
      <source>{dates}, ... ({count} in all)</source>
      <translation>{dates}、…(全 {count} 件)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/temporal.py" line="91" />
      <source>Two rasters of {variable}: {first} and {second} are different MODIS tiles ({tile_a}, {tile_b}) of the same date {date}. Mosaic the tiles first (e.g. gdalbuildvrt, or order a mosaic from AppEEARS) and give the mosaics as PREDICTORS.</source>
      <translation>{variable} のラスタが 2 つあります: {first} と {second} は同じ日付 {date} の異なる MODIS タイル({tile_a}、{tile_b})です。先にタイルをモザイクし(例: gdalbuildvrt、または AppEEARS でモザイクを注文)、モザイクを PREDICTORS に指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/temporal.py" line="97" />
      <source>Two rasters of {variable}: {first} and {second} are both static {variable} layers. Keep one of them.</source>
      <translation>{variable} のラスタが 2 つあります: {first} と {second} はどちらも {variable} の静的レイヤです。どちらか 1 つだけを残してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/temporal.py" line="100" />
      <source>Two rasters of {variable}: {first} and {second} both claim {variable} for {date}. Keep one of them (e.g. Terra MOD or Aqua MYD, one collection version) and move the other out of PREDICTORS.</source>
      <translation>{variable} のラスタが 2 つあります: {first} と {second} はどちらも {date} の {variable} です。1 つだけを残し(例: Terra の MOD または Aqua の MYD、1 つのコレクションバージョン)、もう一方を PREDICTORS から外してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/catalog/temporal.py" line="105" />
      <source>Two rasters of {variable}: {first} and {second} both fall in the 8-day period starting {period} ({date_a} and {date_b}). Keep one raster per period.</source>
      <translation>{variable} のラスタが 2 つあります: {first} と {second} はどちらも {period} に始まる8日間期間に入ります({date_a} と {date_b})。期間ごとにラスタを 1 つだけにしてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="105" />
      <source>not installed</source>
      <translation>未インストール</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="108" />
      <source>{package} {version}.x as in this QGIS ({full})</source>
      <translation>この QGIS と同じ {package} {version}.x({full})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="115" />
      <source>scikit-learn not installed</source>
      <translation>scikit-learn 未インストール</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="116" />
      <source>scikit-learn {version}, the version the model was trained with</source>
      <translation>scikit-learn {version}(モデルの学習に使ったバージョン)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="121" />
      <source>{package} (any version)</source>
      <translation>{package}(任意のバージョン)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="126" />
      <source>worker {address} (host {host}, Python {python})</source>
      <translation>ワーカー {address}(ホスト {host}、Python {python})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="138" />
      <source>The dask scheduler at {address} has no worker (waited {seconds} s). Start workers (e.g. dask worker {address}) and run again. Nothing was written.</source>
      <translation>{address} の dask スケジューラにワーカーがありません({seconds} 秒待機しました)。ワーカーを起動して(例: dask worker {address})再実行してください。何も書き出していません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="154" />
      <source>The dask workers could not {what} ({error}: {reason}). Check that every worker runs and has Python with dask.distributed, then run again. Nothing was written.</source>
      <translation>dask ワーカーは次の処理を実行できませんでした: {what}({error}: {reason})。すべてのワーカーが動いていて、その Python に dask.distributed があることを確認してから、再実行してください。何も書き出していません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="161" />
      <source>report their versions</source>
      <translation>バージョンを報告する</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="168" />
      <source>{package}: found {found}, needs {needed}</source>
      <translation>{package}: 検出 {found}、必要 {needed}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="173" />
      <source>{bad} of {total} dask worker(s) at {address} do not match this run: {workers}. Maps must not depend on which worker computed a pixel, so every worker needs the same versions: install them into the workers' Python (e.g. pip install scikit-learn=={version}) or stop those workers. Nothing was written.</source>
      <translation>{address} の dask ワーカー {total} 個のうち {bad} 個がこの実行と一致しません: {workers}。マップはどのワーカーがピクセルを計算したかに左右されてはならないため、すべてのワーカーに同じバージョンが必要です: ワーカーの Python にそれらをインストールする(例: pip install scikit-learn=={version})か、それらのワーカーを停止してください。何も書き出していません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="181" />
      <source>dask: {n} worker(s) checked: Python {python}, numpy {numpy}, scikit-learn {sklearn}, rasterio {rasterio}, GDAL {gdal}</source>
      <translation>dask: {n} 個のワーカーを確認しました: Python {python}、numpy {numpy}、scikit-learn {sklearn}、rasterio {rasterio}、GDAL {gdal}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="197" />
      <source>prepare for the plugin's code</source>
      <translation>プラグインのコードの受け入れを準備する</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="204" />
      <source>Shipping the plugin's core ({name}) to the dask workers failed ({reason}). Check that the workers' local directory is writable and their Python has numpy, rasterio, scikit-learn, pandas and joblib. Nothing was written.</source>
      <translation>プラグインのコア({name})を dask ワーカーに送ることができませんでした({reason})。ワーカーのローカルディレクトリが書き込み可能で、その Python に numpy、rasterio、scikit-learn、pandas、joblib があることを確認してください。何も書き出していません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="209" />
      <source>import the plugin's core</source>
      <translation>プラグインのコアをインポートする</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="210" />
      <source>worker {worker}: {error}</source>
      <translation>ワーカー {worker}: {error}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="211" />
      <source>worker {worker}: imports it from {file}</source>
      <translation>ワーカー {worker}: {file} からインポートしています</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="216" />
      <source>The plugin's core was shipped to the dask workers ({name}) but {n} cannot use it: {workers}. Install what the import lacks into those workers' Python. Nothing was written.</source>
      <translation>プラグインのコアを dask ワーカーに送りました({name})が、{n} 個のワーカーがそれを使えません: {workers}。インポートに不足しているものを、それらのワーカーの Python にインストールしてください。何も書き出していません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="220" />
      <source>dask: the plugin's core ({name}, {kib} KiB) shipped to {n} worker(s) in {seconds:.1f} s</source>
      <translation>dask: プラグインのコア({name}、{kib} KiB)を {n} 個のワーカーに {seconds:.1f} 秒で送りました</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="260" />
      <source>check the model and predictor files</source>
      <translation>モデルと説明変数のファイルを確認する</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="267" />
      <source>worker {worker} cannot read {n} file(s): {files}; and {more} more</source>
      <translation>ワーカー {worker} は {n} 個のファイルを読めません: {files}、ほか {more} 個</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="271" />
      <source>worker {worker} cannot read {n} file(s): {files}</source>
      <translation>ワーカー {worker} は {n} 個のファイルを読めません: {files}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="274" />
      <source>{bad} of {total} dask worker(s) at {address} cannot read files this run needs: {workers}. Workers read the model and the predictors themselves, by the same paths as this computer: put them on storage every worker mounts under the same path, or serve the predictors over HTTP(S)/cloud storage and give them as /vsicurl/ (or /vsis3/, /vsigs/, /vsiaz/) paths. Nothing was written.</source>
      <translation>{address} の dask ワーカー {total} 個のうち {bad} 個が、この実行に必要なファイルを読めません: {workers}。ワーカーはモデルと説明変数を、このコンピュータと同じパスで自分で読みます: すべてのワーカーが同じパスにマウントしているストレージに置くか、説明変数を HTTP(S)/クラウドストレージで提供して /vsicurl/(または /vsis3/、/vsigs/、/vsiaz/)パスで指定してください。何も書き出していません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="283" />
      <source>dask: every worker opened the model and {n} sample predictor file(s)</source>
      <translation>dask: すべてのワーカーがモデルと {n} 個の説明変数のサンプルファイルを開けました</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="309" />
      <source>Cannot create the tile folder {folder}: {error}.</source>
      <translation>タイルフォルダ {folder} を作成できません: {error}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="313" />
      <source>check that they can write into the output folder</source>
      <translation>出力フォルダに書き込めるかを確認する</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="318" />
      <source>worker {worker} cannot write there ({error})</source>
      <translation>ワーカー {worker} はそこに書き込めません({error})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="333" />
      <source>worker {worker} wrote {file} but this computer does not see it there (not the same storage under this path)</source>
      <translation>ワーカー {worker} は {file} を書き込みましたが、このコンピュータからはそこに見えません(このパスが同じストレージではありません)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="337" />
      <source>worker {worker} wrote {file} but this computer reads other pixels from it</source>
      <translation>ワーカー {worker} は {file} を書き込みましたが、このコンピュータでは異なるピクセル値が読み込まれます</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="341" />
      <source>Workers write their own tiles (WORKERS_WRITE), but {bad} of {total} dask worker(s) at {address} cannot write into the output folder {folder}: {workers}. Give an output folder on storage that every worker and this computer mount under the same path with write access (e.g. NFS, Lustre, GPFS), or untick WORKERS_WRITE so that only this computer writes. Nothing was written.</source>
      <translation>ワーカーが各自のタイルを書き込む設定(WORKERS_WRITE)ですが、{address} の dask ワーカー {total} 個のうち {bad} 個が出力フォルダ {folder} に書き込めません: {workers}。すべてのワーカーとこのコンピュータが同じパスに書き込み可能でマウントしているストレージ(例: NFS、Lustre、GPFS)上の出力フォルダを指定するか、WORKERS_WRITE のチェックを外して、このコンピュータだけが書き込むようにしてください。何も書き出していません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/cluster.py" line="350" />
      <source>dask: every worker ({n}) wrote a test tile into {folder} and this computer read it back</source>
      <translation>dask: すべてのワーカー({n} 個)が {folder} にテストタイルを書き込み、このコンピュータで読み戻せました</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="59" />
      <source>{path} is in {crs}; the comparison needs maps on a geographic lon/lat grid (EPSG:4326). Upscale again with 'Target CRS (default: predictors')' (TARGET_CRS) set to EPSG:4326 in 'Upscale soil respiration maps', or warp the maps to EPSG:4326 first (Raster &gt; Projections &gt; Warp).</source>
      <translation>{path} の座標参照系: {crs}。比較には地理座標系(経緯度、EPSG:4326)のグリッド上のマップが必要です。「土壌呼吸マップのアップスケーリング」で「出力 CRS(既定: 説明変数の CRS)」(TARGET_CRS)を EPSG:4326 にしてアップスケーリングし直すか、先にマップを EPSG:4326 に再投影してください(ラスタ &gt; 投影法 &gt; ワープ(再投影))。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="67" />
      <source>{path} is not a north-up grid; warp it first.</source>
      <translation>{path} は北が上のグリッドではありません。先に再投影(ワープ)してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="108" />
      <source>{count} 8-day maps ({template}), {first} to {last}</source>
      <translation>8日間マップ {count} 枚({template})、{first}〜{last}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="112" />
      <source>{count} monthly totals ({template}), {first} to {last}</source>
      <translation>月積算値 {count} 枚({template})、{first}〜{last}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="114" />
      <source>{count} yearly totals ({template}), {first} to {last}</source>
      <translation>年積算値 {count} 枚({template})、{first}〜{last}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="116" />
      <source>{count} {kind}ly totals ({template}), {first} to {last}</source>
      <translation>{kind}ly 積算値 {count} 枚({template})、{first}〜{last}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="124" />
      <source>{first} to {last}</source>
      <translation>{first}〜{last}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="243" />
      <source>'{path}' is neither a folder of SR maps nor a VRT, multi-band GeoTIFF or netCDF of them. Give the upscaling's output folder or its sr.vrt.</source>
      <translation>'{path}' は土壌呼吸マップのフォルダでも、それらの VRT、マルチバンド GeoTIFF、netCDF でもありません。アップスケーリングの出力フォルダまたはその sr.vrt を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="271" />
      <source>{path} holds several series of 8-day maps ({series}); give a folder with one SR series.</source>
      <translation>{path} には8日間マップの系列が複数あります({series})。土壌呼吸の系列が 1 つだけのフォルダを指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="275" />
      <source>OUR_MAPS: using {series}; ignoring {ignored}.</source>
      <translation>OUR_MAPS: {series} を使用し、{ignored} は無視します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="302" />
      <source>No SR maps found in {path}: expected 8-day maps named with year and day of year (sr_YYYYDDD.tif from 'Upscale soil respiration maps', or sr_true_doyYYYYDDD.tif), or the monthly/annual totals of 'Aggregate SR maps in time'.</source>
      <translation>{path} に土壌呼吸マップが見つかりません: 年と通日を名前に含む8日間マップ(「土壌呼吸マップのアップスケーリング」の sr_YYYYDDD.tif、または sr_true_doyYYYYDDD.tif)、または「土壌呼吸マップの時間集計」の月・年積算値が必要です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="317" />
      <source>{file} is on another grid ({grid}) than the first map ({first}).</source>
      <translation>{file} は最初のマップ({first})とは別のグリッド({grid})上にあります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="325" />
      <source>The maps in {path} are in {unit}; expected {expected}.</source>
      <translation>{path} のマップの単位は {unit} です。{expected} である必要があります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="330" />
      <source>Some maps in {path} carry no unit: taken as {unit}.</source>
      <translation>{path} の一部のマップには単位がありません: {unit} とみなします。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="370" />
      <source>Cannot read {path} as a raster ({error}). Give the folder of maps, sr.vrt, a multi-band GeoTIFF or a netCDF.</source>
      <translation>{path} をラスタとして読み込めません({error})。マップのフォルダ、sr.vrt、マルチバンド GeoTIFF、または netCDF を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="378" />
      <source>Band {band} of {path} has no date ({undated} of {bands} bands undated): each band needs a PERIOD_START tag or description such as 2005-01-09 (as sr.vrt has), or a netCDF time axis.</source>
      <translation>{path} のバンド {band} に日付がありません({bands} バンド中 {undated} バンドが日付なし): 各バンドには(sr.vrt のように)2005-01-09 のような PERIOD_START タグまたは説明、あるいは netCDF の時間軸が必要です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="385" />
      <source>{count} band date(s) of {path} are not starts of 8-day periods (e.g. {example}); expected day of year 1, 9, 17, ...</source>
      <translation>{path} のバンドの日付 {count} 個が8日間期間の開始日ではありません(例: {example})。通日 1、9、17、… である必要があります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="390" />
      <source>{path} has two bands for period {period}.</source>
      <translation>{path} には期間 {period} のバンドが 2 つあります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="396" />
      <source>The bands of {path} are in {unit}; expected {expected} (8-day mean daily rates).</source>
      <translation>{path} のバンドの単位は {unit} です。{expected}(8日間の平均日速度)である必要があります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="401" />
      <source>Some bands of {path} carry no unit: taken as {unit}.</source>
      <translation>{path} の一部のバンドには単位がありません: {unit} とみなします。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="408" />
      <source>{file} bands</source>
      <translation>{file} のバンド</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="449" />
      <source>Unknown time step '{step}'.</source>
      <translation>不明な時間ステップ '{step}' です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="453" />
      <source>OTHER_TIME_STEP is monthly, but {path} is {native} ({range}); choose annual or static.</source>
      <translation>OTHER_TIME_STEP は月別ですが、{path} は {native} です({range})。年別または静的を選んでください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="458" />
      <source>The product is a static map without a date: compared as a mean annual map with the mean of our complete years.</source>
      <translation>プロダクトは日付のない静的マップです: 年平均マップとして、本プラグインのマップの完全な年の平均と比較します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="463" />
      <source>The Rh to Rs conversion (Bond-Lamberty et al. 2004) holds for annual totals only: set OTHER_TIME_STEP to annual or static.</source>
      <translation>Rh から Rs への換算(Bond-Lamberty et al. 2004)は年積算値にのみ有効です: OTHER_TIME_STEP を年別または静的に設定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="466" />
      <source>Heterotrophic respiration product: monthly values are summed to annual totals before the Rh to Rs conversion (annual only).</source>
      <translation>従属栄養呼吸のプロダクト: Rh から Rs への換算(年単位のみ)の前に、月別の値を年積算値に合計します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="476" />
      <source> (The product has no valid value there either.)</source>
      <translation>(比較プロダクトにもそこには有効な値がありません。)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="479" />
      <source>Our maps are empty: none of the {count} maps ({template}, {range}) has a valid pixel (every value is nodata, {values}, or NaN). Nothing was compared; this is not a problem of the other product. Check the log of 'Upscale soil respiration maps' (how many pixels it predicted) and that its extent lies inside the predictors' coverage.{also}</source>
      <translation>本プラグインのマップが空です: {count} 枚のマップ({template}、{range})のどれにも有効なピクセルがありません(すべての値が nodata({values})または NaN です)。何も比較していません。これは比較プロダクトの問題ではありません。「土壌呼吸マップのアップスケーリング」のログ(予測したピクセル数)と、その範囲が説明変数のカバー範囲内にあることを確認してください。{also}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="488" />
      <source>Our maps have no value over {region} in the {compared}: their {valid} valid pixel-periods lie elsewhere or in other periods, or their gaps are longer than MAX_GAP ({max_gap}) so no month/year total exists. Nothing was compared.{also}</source>
      <translation>本プラグインのマップには、{compared} において {region} の範囲に値がありません: 有効な {valid} ピクセル・期間は別の場所か別の期間にあるか、欠測が MAX_GAP({max_gap})より長いため月・年の積算値がありません。何も比較していません。{also}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="563" />
      <source>lon {west:.4g} to {east:.4g}, lat {south:.4g} to {north:.4g}</source>
      <translation>経度 {west:.4g}〜{east:.4g}、緯度 {south:.4g}〜{north:.4g}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="579" />
      <source>complete months {first} to {last}</source>
      <translation>完全な月 {first}〜{last}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="581" />
      <source>no complete month</source>
      <translation>完全な月なし</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="584" />
      <source>complete years {first} to {last}</source>
      <translation>完全な年 {first}〜{last}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="585" />
      <source>no complete year</source>
      <translation>完全な年なし</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="597" />
      <source>No overlap in time, nothing compared:
  OUR_MAPS       {ours} ({ours_text})
  OTHER_PRODUCT  {product}
Compare maps and a product for the same months (whole months/years of our maps are needed).</source>
      <translation>時間の重なりがないため、何も比較していません:
  OUR_MAPS       {ours}({ours_text})
  OTHER_PRODUCT  {product}
同じ月のマップとプロダクトを比較してください(本プラグインのマップは月・年の全体が必要です)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="602" />
      <source>No overlap in time, nothing compared:
  OUR_MAPS       {ours} ({ours_text})
  OTHER_PRODUCT  {product}
Compare maps and a product for the same years (whole months/years of our maps are needed).</source>
      <translation>時間の重なりがないため、何も比較していません:
  OUR_MAPS       {ours}({ours_text})
  OTHER_PRODUCT  {product}
同じ年のマップとプロダクトを比較してください(本プラグインのマップは月・年の全体が必要です)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="617" />
      <source>No overlap in space, nothing compared (both in lon/lat degrees, EPSG:4326; the product's longitudes brought to -180..180):
  OUR_MAPS       {ours}
  OTHER_PRODUCT  {product}
Give a product that covers the mapped region.</source>
      <translation>空間の重なりがないため、何も比較していません(どちらも経緯度の度単位、EPSG:4326。プロダクトの経度は -180..180 に変換済み):
  OUR_MAPS       {ours}
  OTHER_PRODUCT  {product}
マップ化した領域を覆うプロダクトを指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="632" />
      <source>Common grid: the product grid, {grid}; our maps are aggregated onto it (area-weighted mean of valid cells).</source>
      <translation>共通グリッド: プロダクトのグリッド({grid})。本プラグインのマップをこのグリッドに集約します(有効セルの面積加重平均)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="634" />
      <source>Common grid: the our maps grid, {grid}; the product is aggregated onto it (area-weighted mean of valid cells).</source>
      <translation>共通グリッド: 本プラグインのマップのグリッド({grid})。プロダクトをこのグリッドに集約します(有効セルの面積加重平均)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="658" />
      <source>{count} {step} step(s), {first} to {last}</source>
      <translation>{step} ステップ {count} 個({first}〜{last})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="667" />
      <source>The product is empty where our maps are: {variable} has no valid value over {region} in the {compared} (every value is a fill value: {fills}, or NaN). Nothing was compared; our maps do have values there. Check that this is the SR variable (OTHER_VARIABLE), its fill value (OTHER_NODATA) and that the product covers the mapped region.</source>
      <translation>本プラグインのマップがある場所でプロダクトが空です: {variable} には、{compared} において {region} の範囲に有効な値がありません(すべての値が欠測値({fills})または NaN です)。何も比較していません。本プラグインのマップにはそこに値があります。これが土壌呼吸の変数であること(OTHER_VARIABLE)、その欠測値(OTHER_NODATA)、およびプロダクトがマップ化した領域を覆っていることを確認してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="692" />
      <source>Nothing compared: both inputs have values, but no {cell:.4g}° cell has values in both with at least {percent:.0f} % of its land covered, in any of the {compared}:
  OUR_MAPS       {ours}
  OTHER_PRODUCT  {product}
Their valid cells do not meet (e.g. the product is masked where we map). Check the product's fill values (OTHER_NODATA) and variable (OTHER_VARIABLE), or lower MIN_VALID_FRACTION.</source>
      <translation>何も比較していません: 両方の入力に値がありますが、{compared} のどれにおいても、陸域の {percent:.0f} % 以上が覆われ、両方に値がある {cell:.4g}° セルがありません:
  OUR_MAPS       {ours}
  OTHER_PRODUCT  {product}
両者の有効セルが重なりません(例: 本プラグインがマップ化した場所でプロダクトがマスクされている)。プロダクトの欠測値(OTHER_NODATA)と変数(OTHER_VARIABLE)を確認するか、MIN_VALID_FRACTION を小さくしてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="705" />
      <source>The product is heterotrophic respiration (Rh); it was converted to soil respiration with Bond-Lamberty et al. (2004), ln Rh = 1.22 + 0.73 ln Rs, applied to annual totals in g C m-2 yr-1. The relation is a global regression: the converted values are approximate.</source>
      <translation>プロダクトは従属栄養呼吸(Rh)です。Bond-Lamberty et al. (2004) の ln Rh = 1.22 + 0.73 ln Rs を g C m-2 yr-1 の年積算値に適用して土壌呼吸に換算しました。この関係は全球の回帰式のため、換算値は近似値です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="710" />
      <source>Static comparison: our mean annual total over {years} against the product's single undated map.</source>
      <translation>静的比較: {years} の本プラグインのマップの年平均積算値を、プロダクトの日付のない 1 枚のマップと比較します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="713" />
      <source>Static comparison: our mean annual total over {years} against the product's mean over the same years.</source>
      <translation>静的比較: {years} の本プラグインのマップの年平均積算値を、同じ年のプロダクトの平均と比較します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="716" />
      <source>{cells} cells of {cell:.4g}° compared over {count} {step} step(s) ({first} to {last}), in {unit}.</source>
      <translation>{cell:.4g}° のセル {cells} 個を {step} ステップ {count} 個({first}〜{last})にわたり {unit} で比較しました。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="846" />
      <source>The observation table lacks column(s) {columns}; give the output of 'Import soil respiration observations'.</source>
      <translation>観測テーブルに列 {columns} がありません。「土壌呼吸観測値のインポート」の出力を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="851" />
      <source>Observations need 8-day maps; OUR_MAPS holds monthly totals, so the sites are not compared.</source>
      <translation>観測値との比較には8日間マップが必要です。OUR_MAPS は月積算値のため、サイトは比較しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="854" />
      <source>Observations need 8-day maps; OUR_MAPS holds yearly totals, so the sites are not compared.</source>
      <translation>観測値との比較には8日間マップが必要です。OUR_MAPS は年積算値のため、サイトは比較しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="857" />
      <source>Observations need 8-day maps; OUR_MAPS holds {kind}ly totals, so the sites are not compared.</source>
      <translation>観測値との比較には8日間マップが必要です。OUR_MAPS は {kind}ly 積算値のため、サイトは比較しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="872" />
      <source>{count} observation row(s) fall in periods without a map and are not compared.</source>
      <translation>観測値の {count} 行はマップのない期間にあたるため、比較しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="875" />
      <source>No observation matches a mapped period and a valid pixel: the sites are not compared.</source>
      <translation>マップのある期間と有効なピクセルに一致する観測値がありません: サイトは比較しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="926" />
      <source>as set in OTHER_UNIT</source>
      <translation>OTHER_UNIT で設定された値</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="927" />
      <source>as its units attribute states</source>
      <translation>units 属性に記載された値</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="928" />
      <source>{parameter}: implausible values. After conversion to {unit}, the product's mean over the compared cells ({theirs:.4g}) is {ratio:.4g} times ours ({mine:.4g}; our maps are in {rate_unit}, a known unit). SR products rarely differ by more than a factor of {factor:g}, so the product's unit '{product_unit}' ({source}) is probably wrong.</source>
      <translation>{parameter}: 値が妥当ではありません。{unit} に換算した後、比較したセルでのプロダクトの平均({theirs:.4g})は本プラグインのマップ({mine:.4g}。単位は既知の {rate_unit})の {ratio:.4g} 倍です。土壌呼吸プロダクトの差が {factor:g} 倍を超えることはまれなため、プロダクトの単位 '{product_unit}'({source})はおそらく誤りです。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="936" />
      <source>Suspected unit: {suspects}. Set {parameter} to the product's real unit (or fix its units attribute) and run again.</source>
      <translation>考えられる単位: {suspects}。{parameter} をプロダクトの実際の単位に設定して(または units 属性を修正して)、もう一度実行してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="939" />
      <source>if its values were in {unit} (x {scale:.4g}) the ratio would be {ratio:.3g}</source>
      <translation>値が {unit}(x {scale:.4g})なら比は {ratio:.3g}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="944" />
      <source>No supported unit ({units}) brings the ratio near 1: check the variable ({variable}), its scale factor and {is_rh}.</source>
      <translation>対応しているどの単位({units})でも比は 1 に近づきません: 変数({variable})、そのスケール係数、および {is_rh} を確認してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="948" />
      <source>{problem} {advice} The statistics were computed with the unit as given.</source>
      <translation>{problem}{advice}統計は指定された単位のまま計算しました。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1070" />
      <source>Cannot write {path}: {reason}. Choose a location you can write to and with free space.</source>
      <translation>{path} を書き込めません: {reason}。書き込み可能で空き容量のある場所を選んでください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1116" />
      <source>Line {number} '{line}' does not start with a file name and ':' (e.g. 'rh_annual.nc: flux=Rh; step=year').</source>
      <translation>{number} 行目 '{line}' がファイル名と ':' で始まっていません(例: 'rh_annual.nc: flux=Rh; step=year')。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1122" />
      <source>Line {number}: '{name}' is not one of the OTHER_PRODUCTS files ({known}).</source>
      <translation>{number} 行目: '{name}' は OTHER_PRODUCTS のファイル({known})のいずれでもありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1124" />
      <source>Line {number}: '{name}' is more than one of the OTHER_PRODUCTS files ({known}).</source>
      <translation>{number} 行目: '{name}' は OTHER_PRODUCTS のファイル({known})の複数に該当します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1135" />
      <source>Line {number}: unknown setting '{setting}'; use variable=, unit=, flux=Rs|Rh, step=auto|month|year|static, nodata=.</source>
      <translation>{number} 行目: 不明な設定 '{setting}' です。variable=、unit=、flux=Rs|Rh、step=auto|month|year|static、nodata= を使ってください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1140" />
      <source>Line {number}: flux must be Rs, Rh or auto, not '{value}'.</source>
      <translation>{number} 行目: flux には Rs、Rh、auto のいずれかを指定してください('{value}' は指定できません)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1144" />
      <source>Line {number}: step must be one of {steps}, not '{value}'.</source>
      <translation>{number} 行目: step には {steps} のいずれかを指定してください('{value}' は指定できません)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1153" />
      <source>Line {number}: nodata must be a number, not '{value}'.</source>
      <translation>{number} 行目: nodata には数値を指定してください('{value}' は数値ではありません)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1176" />
      <source>{message} For this file of OTHER_PRODUCTS, give it in PRODUCT_OPTIONS as '{file}: {key}=...'.</source>
      <translation>{message} OTHER_PRODUCTS のこのファイルについては、PRODUCT_OPTIONS に '{file}: {key}=...' として指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1188" />
      <source>Product {name}: variable {variable} [{unit}, as given], {range}, flux {flux} (from its metadata); {grid}.</source>
      <translation>プロダクト {name}: 変数 {variable} [{unit}、指定値]、{range}、フラックス {flux}(メタデータから)。{grid}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1190" />
      <source>Product {name}: variable {variable} [{unit}, as given], {range}, flux {flux}; {grid}.</source>
      <translation>プロダクト {name}: 変数 {variable} [{unit}、指定値]、{range}、フラックス {flux}。{grid}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1193" />
      <source>Product {name}: variable {variable} [{unit}, from the file], {range}, flux {flux} (from its metadata); {grid}.</source>
      <translation>プロダクト {name}: 変数 {variable} [{unit}、ファイルから]、{range}、フラックス {flux}(メタデータから)。{grid}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1195" />
      <source>Product {name}: variable {variable} [{unit}, from the file], {range}, flux {flux}; {grid}.</source>
      <translation>プロダクト {name}: 変数 {variable} [{unit}、ファイルから]、{range}、フラックス {flux}。{grid}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1201" />
      <source>{name} is heterotrophic respiration: converted to soil respiration with {equation}.</source>
      <translation>{name} は従属栄養呼吸です: {equation} により土壌呼吸に換算します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1224" />
      <source>{name}, pooled ({n} cell-steps): R2 {r2:.3f}, RMSE {rmse:.4g}, bias {bias:.4g} {unit} ({rel_bias:.1f} %), slope {slope:.3f}, slope through origin {slope_origin:.3f}; totals {ours:.4g} (ours) and {other:.4g} (other) {total_unit} ({basis}), ratio {ratio:.3f}.</source>
      <translation>{name}、全体({n} セル・ステップ): R2 {r2:.3f}、RMSE {rmse:.4g}、バイアス {bias:.4g} {unit}({rel_bias:.1f} %)、傾き {slope:.3f}、原点を通る傾き {slope_origin:.3f}。積算値 {ours:.4g}(本プラグイン)と {other:.4g}(比較プロダクト){total_unit}({basis})、比 {ratio:.3f}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1257" />
      <source>MIN_VALID_FRACTION must be in (0, 1].</source>
      <translation>MIN_VALID_FRACTION は (0, 1] の範囲で指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1267" />
      <source>No product to compare: give a product file (OTHER_PRODUCT) or a list of them (OTHER_PRODUCTS).</source>
      <translation>比較するプロダクトがありません: プロダクトファイル(OTHER_PRODUCT)またはそのリスト(OTHER_PRODUCTS)を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1270" />
      <source>Our maps: {maps}; {grid}.</source>
      <translation>本プラグインのマップ: {maps}。{grid}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1299" />
      <source>our maps</source>
      <translation>本プラグインのマップ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1301" />
      <source>SYNTHETIC input: {inputs} carry SYNTHETIC=true; the numbers show how the tool works, not real SR.</source>
      <translation>合成データの入力: {inputs} は SYNTHETIC=true をもちます。数値はツールの動作を示すもので、実際の土壌呼吸ではありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1307" />
      <source>Totals: {totals}.</source>
      <translation>積算値: {totals}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison.py" line="1308" />
      <source>{product} {total:.4g} vs ours {ours:.4g} {unit}</source>
      <translation>{product} {total:.4g}、本プラグイン {ours:.4g} {unit}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison_demo.py" line="27" />
      <source>{folder} holds no complete year of 8-day maps.</source>
      <translation>{folder} には8日間マップの完全な年がありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison_report.py" line="451" />
      <source>Soil respiration: comparison with another product</source>
      <translation>土壌呼吸: 他のプロダクトとの比較</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison_report.py" line="452" />
      <source>Soil respiration: comparison with {count} products</source>
      <translation>土壌呼吸: {count} 個のプロダクトとの比較</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison_report.py" line="460" />
      <source>SYNTHETIC DATA: {inputs} carry SYNTHETIC=true. The numbers show how the tool works, not real soil respiration.</source>
      <translation>合成データ: {inputs} は SYNTHETIC=true をもちます。数値はツールの動作を示すもので、実際の土壌呼吸ではありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison_report.py" line="464" />
      <source>WARNING: {warning}</source>
      <translation>警告: {warning}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison_report.py" line="492" />
      <source>Region totals</source>
      <translation>領域の積算値</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison_report.py" line="499" />
      <source>Agreement (reference: our maps; compared: each product)</source>
      <translation>一致度(基準: 本プラグインのマップ、比較対象: 各プロダクト)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison_report.py" line="510" />
      <source>Taylor diagram</source>
      <translation>テイラー図</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison_report.py" line="511" />
      <source>Latitude profile</source>
      <translation>緯度プロファイル</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison_report.py" line="512" />
      <source>Seasonal cycle of the regional means</source>
      <translation>領域平均の季節変化</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison_report.py" line="515" />
      <source>{product} against our maps</source>
      <translation>{product} と本プラグインのマップの比較</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison_report.py" line="517" />
      <source>{product}: difference and ratio maps</source>
      <translation>{product}: 差分マップと比マップ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison_report.py" line="524" />
      <source>Claim (a): spatial detail</source>
      <translation>主張 (a): 空間的詳細</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison_report.py" line="542" />
      <source>Claim (b): temporal detail</source>
      <translation>主張 (b): 時間的詳細</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison_report.py" line="558" />
      <source>Claim (c): agreement with the observations at the sites (reference: observations; {unit})</source>
      <translation>主張 (c): サイトでの観測値との一致度(基準: 観測値、{unit})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison_report.py" line="566" />
      <source>Seasonal cycle at the sites</source>
      <translation>サイトでの季節変化</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/comparison_report.py" line="570" />
      <source>Breakdowns by latitude band and land cover</source>
      <translation>緯度帯別・土地被覆別の内訳</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/demo.py" line="109" />
      <source>Cell size {cell_size} degrees does not tile the demo region from the 0.05 degree land cover; use one of: {sizes}.</source>
      <translation>セルサイズ {cell_size} 度では、0.05 度の土地被覆からデモ領域を隙間なく分割できません。次のいずれかを使用してください: {sizes}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/demo.py" line="173" />
      <source>unexpected grid in bundled {resource}</source>
      <translation>同梱の {resource} のグリッドが想定と異なります</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/demo.py" line="823" />
      <source>{path} exists and is not a folder; choose a new folder.</source>
      <translation>{path} は存在しますがフォルダではありません。新しいフォルダを選択してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/demo.py" line="828" />
      <source>Output folder {path} is not empty; the demo dataset is only written to a new or empty folder so nothing of yours is overwritten. Choose another folder.</source>
      <translation>出力フォルダ {path} は空ではありません。既存のファイルを上書きしないよう、デモデータセットは新しいフォルダまたは空のフォルダにのみ書き出します。別のフォルダを選択してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/demo.py" line="846" />
      <source>The number of years must be at least 1.</source>
      <translation>年数は 1 以上でなければなりません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/demo.py" line="848" />
      <source>Start year must be between 2000 and 2100 (the MODIS era onwards).</source>
      <translation>開始年は 2000 から 2100 の間でなければなりません(MODIS の時代以降)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/demo.py" line="851" />
      <source>Seed must be zero or positive.</source>
      <translation>シードは 0 以上でなければなりません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/demo.py" line="857" />
      <source>Building the synthetic demo region ({width} x {height} cells of {cell:g} deg, {periods} periods, seed {seed}) in {folder}</source>
      <translation>{folder} に合成デモ領域を作成しています({cell:g} 度のセル {width} × {height}、{periods} 期間、シード {seed})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/demo.py" line="868" />
      <source>Predictors, gridded soil temperature/moisture and truth written.</source>
      <translation>説明変数、グリッド化された地温・土壌水分、真値を書き出しました。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/demo.py" line="895" />
      <source>Demo dataset: {n} files in {folder} (see README.md).</source>
      <translation>デモデータセット: {folder} に {n} ファイル(README.md を参照)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="133" />
      <source>mask raster {path}</source>
      <translation>マスクラスタ {path}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="135" />
      <source>{n} mask polygon(s)</source>
      <translation>マスクポリゴン {n} 個</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="137" />
      <source>land-cover classes {classes}</source>
      <translation>土地被覆クラス {classes}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="139" />
      <source>no mask</source>
      <translation>マスクなし</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="386" />
      <source>cancelled by the user</source>
      <translation>ユーザーによりキャンセルされました</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="436" />
      <source>'{variable}' (for predictor {predictor})</source>
      <translation>'{variable}'(説明変数 {predictor} 用)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="439" />
      <source>The predictors lack {names}, which the model needs (it uses {predictors}; the catalog has {available}). Add those rasters to PREDICTORS, or use a model trained without them.</source>
      <translation>モデルに必要な {names} が説明変数にありません(モデルが使うもの: {predictors}。カタログにあるもの: {available})。それらのラスタを PREDICTORS に追加するか、それらを使わずに学習したモデルを使ってください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="457" />
      <source>Predictor {predictor} was in '{trained}' at training, but the catalog reads {variable} in '{here}'. Convert the rasters to {trained}, or the maps are wrong.</source>
      <translation>説明変数 {predictor} は学習時には '{trained}' でしたが、カタログでは {variable} を '{here}' として読んでいます。ラスタを {trained} に変換してください。そうしないとマップが誤ったものになります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="495" />
      <source>{period}: no {variables}</source>
      <translation>{period}: {variables} なし</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="498" />
      <source>{skipped} of {total} period(s) have no predictor data and are not mapped: {detail} (and {more} more).</source>
      <translation>{total} 個の期間のうち {skipped} 個は説明変数のデータがないため、マップ化されません: {detail}(ほか {more} 個)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="503" />
      <source>{skipped} of {total} period(s) have no predictor data and are not mapped: {detail}.</source>
      <translation>{total} 個の期間のうち {skipped} 個は説明変数のデータがないため、マップ化されません: {detail}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="510" />
      <source>{message} The predictors cover {coverage}. Choose periods within that range or add the missing rasters.</source>
      <translation>{message} 説明変数がカバーする期間は {coverage} です。その範囲内の期間を選ぶか、不足しているラスタを追加してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="566" />
      <source>the grid's CRS</source>
      <translation>グリッドの CRS</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="577" />
      <source>The predictors do not overlap each other (xmin, ymin, xmax, ymax in {crs}: {listing}), so no pixel has all of them. Use predictor rasters of the same region.</source>
      <translation>説明変数どうしが重なっていない({crs} での xmin, ymin, xmax, ymax: {listing})ため、すべての説明変数がそろうピクセルがありません。同じ地域の説明変数ラスタを使ってください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="584" />
      <source>The requested extent does not overlap the predictors, so there is nothing to map. In {crs} (xmin, ymin, xmax, ymax): requested {requested}; predictors {listing}. Give an extent inside {common} (in {crs}; check its CRS too), or leave it empty to map the predictors' whole extent. Nothing was written.</source>
      <translation>指定された範囲が説明変数と重ならないため、マップ化するものがありません。{crs} での値(xmin, ymin, xmax, ymax): 指定 {requested}、説明変数 {listing}。{common} の内側の範囲を指定する({crs} で。範囲の CRS も確認してください)か、空欄にして説明変数の範囲全体をマップ化してください。何も書き出していません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="594" />
      <source>Only {percent:.1f}% of the requested extent ({requested} in {crs}) lies inside the predictors' coverage ({common}); the rest of the maps stays nodata.</source>
      <translation>指定された範囲({crs} で {requested})のうち、説明変数のカバー範囲({common})の内側にあるのは {percent:.1f}% だけです。マップの残りの部分は nodata になります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="667" />
      <source>Workers write their own tiles only on a dask cluster (DASK_SCHEDULER); this run writes its maps itself.</source>
      <translation>ワーカーが各自のタイルを書き込むのは dask クラスタ(DASK_SCHEDULER)の場合だけです。この実行ではマップを自分で書き込みます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="675" />
      <source>The model has no area of applicability (it was saved without one), so DI/AOA maps cannot be made. Retrain it with soilresp:trainmodel.</source>
      <translation>モデルに適用可能領域がない(適用可能領域なしで保存された)ため、DI/AOA マップを作成できません。soilresp:trainmodel でモデルを学習し直してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="680" />
      <source>Selecting land-cover classes needs a land-cover raster (MCD12, variable 'landcover') among the predictors; the catalog has {variables}. Add one to the predictors, or select no class.</source>
      <translation>土地被覆クラスを選択するには、説明変数の中に土地被覆ラスタ(MCD12、変数 'landcover')が必要です。カタログにあるのは {variables} です。説明変数に土地被覆ラスタを追加するか、クラスを選択しないでください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="697" />
      <source>The model uses {n} time-varying predictors, but the map of filled predictors holds at most {limit}. Switch gap filling off, or use a model with fewer predictors.</source>
      <translation>モデルは時間変化する説明変数を {n} 個使いますが、補完された説明変数のマップに記録できるのは最大 {limit} 個です。欠測補完を無効にするか、説明変数の少ないモデルを使ってください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="777" />
      <source>Upscaling {n} period(s) on {grid}; outputs: {outputs}; {mask}; GeoTIFF compression {compression}</source>
      <translation>{grid} 上で {n} 個の期間をアップスケーリングします。出力: {outputs}。{mask}。GeoTIFF 圧縮 {compression}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="781" />
      <source>Upscaling {n} period(s) on {grid}; outputs: {outputs}; {mask}; GeoTIFF compression {compression} (this GDAL has no ZSTD)</source>
      <translation>{grid} 上で {n} 個の期間をアップスケーリングします。出力: {outputs}。{mask}。GeoTIFF 圧縮 {compression}(この GDAL には ZSTD がありません)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="803" />
      <source>{error} {kept} Restart the scheduler and workers (or leave the address empty to run on this machine) and run again with {resume_hint} to compute the remaining {left} period(s) without redoing the finished ones.</source>
      <translation>{error} {kept} スケジューラとワーカーを再起動し(またはアドレスを空欄にしてこのマシンで実行し)、残りの {left} 個の期間を完成した期間をやり直さずに計算するため、次の設定で再実行してください: {resume_hint}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="820" />
      <source>Predicted {pixels:,} pixels in {seconds:.1f} s ({rate:,.0f} per second, {backend}).</source>
      <translation>{pixels:,} ピクセルを {seconds:.1f} 秒で予測しました(毎秒 {rate:,.0f} ピクセル、{backend})。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="838" />
      <source>{finished} of {todo} period(s) were finished and are kept as complete, checked maps in {folder}: {shown} and {more} more.</source>
      <translation>{todo} 個の期間のうち {finished} 個が完了し、確認済みの完成したマップとして {folder} に残されています: {shown} ほか {more} 個。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="843" />
      <source>{finished} of {todo} period(s) were finished and are kept as complete, checked maps in {folder}: {shown}.</source>
      <translation>{todo} 個の期間のうち {finished} 個が完了し、確認済みの完成したマップとして {folder} に残されています: {shown}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="847" />
      <source>No period was finished before the cancel (0 of {todo}), so this run kept no map.</source>
      <translation>キャンセルまでに完了した期間はない({todo} 個のうち 0 個)ため、この実行で残したマップはありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="850" />
      <source>No period was finished (0 of {todo}), so this run kept no map.</source>
      <translation>完了した期間はない({todo} 個のうち 0 個)ため、この実行で残したマップはありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="853" />
      <source>{kept} Unfinished files were removed (no file that looks complete is missing data). {resumed} complete period(s) from an earlier run are untouched.</source>
      <translation>{kept} 未完成のファイルは削除しました(完成しているように見えるファイルにデータの欠けはありません)。以前の実行で完成した {resumed} 個の期間は変更していません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="856" />
      <source>{kept} Unfinished files were removed (no file that looks complete is missing data).</source>
      <translation>{kept} 未完成のファイルは削除しました(完成しているように見えるファイルにデータの欠けはありません)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="863" />
      <source>Cancelled: {kept} Run again with {resume_hint} to compute the remaining {left} period(s) without redoing the finished ones.</source>
      <translation>キャンセルされました: {kept} 残りの {left} 個の期間を、完成した期間をやり直さずに計算するには、次の設定で再実行してください: {resume_hint}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="878" />
      <source>No pixel could be predicted in any of the {n} period(s) ({first}..{last}) on {grid}: {cause} The empty maps this run wrote were removed (maps from earlier runs are untouched).</source>
      <translation>{grid} 上の {n} 個の期間({first}..{last})のいずれでも、予測できたピクセルがありません: {cause} この実行で書き出した空のマップは削除しました(以前の実行のマップは変更していません)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="897" />
      <source>{variable} (files such as {file}) has no valid value on {n:,} of the {candidates:,} pixels that were to be predicted (all fill, or outside its physical range), so no pixel has every predictor. Check that predictor's files and unit (e.g. temperature in degC where K is expected) and that they cover the extent.</source>
      <translation>{variable}({file} などのファイル)は、予測対象の {candidates:,} ピクセルのうち {n:,} ピクセルで有効な値がない(すべて欠測値、または物理的な範囲外)ため、すべての説明変数がそろうピクセルがありません。その説明変数のファイルと単位(例: K のはずの温度が degC になっていないか)、およびファイルが範囲をカバーしているかを確認してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="905" />
      <source>{variable} has no valid value on {n:,} of the {candidates:,} pixels that were to be predicted (all fill, or outside its physical range), so no pixel has every predictor. Check that predictor's files and unit (e.g. temperature in degC where K is expected) and that they cover the extent.</source>
      <translation>{variable} は、予測対象の {candidates:,} ピクセルのうち {n:,} ピクセルで有効な値がない(すべて欠測値、または物理的な範囲外)ため、すべての説明変数がそろうピクセルがありません。その説明変数のファイルと単位(例: K のはずの温度が degC になっていないか)、およびファイルが範囲をカバーしているかを確認してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="912" />
      <source>every pixel lacks a valid value of at least one predictor. Check the predictor files and their units.</source>
      <translation>すべてのピクセルで、少なくとも 1 つの説明変数に有効な値がありません。説明変数のファイルとその単位を確認してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="925" />
      <source>the mask polygons ({box}) lie outside the grid ({bounds}, xmin, ymin, xmax, ymax in {crs}). Use a mask layer over the predictors' area (check its CRS).</source>
      <translation>マスクポリゴン({box})がグリッド({bounds}。{crs} での xmin, ymin, xmax, ymax)の外側にあります。説明変数の領域に重なるマスクレイヤを使ってください(その CRS も確認してください)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="941" />
      <source>the mask raster {path} ({box}) lies outside the grid ({bounds}, xmin, ymin, xmax, ymax in {crs}). Use a mask over the predictors' area.</source>
      <translation>マスクラスタ {path}({box})がグリッド({bounds}。{crs} での xmin, ymin, xmax, ymax)の外側にあります。説明変数の領域に重なるマスクを使ってください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="947" />
      <source>the mask raster {path} has no non-zero, non-nodata cell on the grid. Use a mask whose cells to map are non-zero.</source>
      <translation>マスクラスタ {path} には、グリッド上に 0 でも nodata でもないセルがありません。マップ化するセルが 0 以外になっているマスクを使ってください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="952" />
      <source>The land cover there has the classes {classes}.</source>
      <translation>そこでの土地被覆のクラスは {classes} です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="956" />
      <source>no pixel inside the mask has one of the selected land-cover classes {classes}.{found} Select classes that occur in the extent.</source>
      <translation>マスク内に、選択した土地被覆クラス {classes} のいずれかに当たるピクセルがありません。{found} 範囲内に存在するクラスを選択してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="960" />
      <source>no pixel has one of the selected land-cover classes {classes}.{found} Select classes that occur in the extent.</source>
      <translation>選択した土地被覆クラス {classes} のいずれかに当たるピクセルがありません。{found} 範囲内に存在するクラスを選択してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="964" />
      <source>the mask leaves no pixel of the grid. Use a mask over the predictors' area.</source>
      <translation>マスクによりグリッドのピクセルが 1 つも残りません。説明変数の領域に重なるマスクを使ってください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="982" />
      <source>The output folder {folder} holds {n} map(s) that are not from this model on this grid ({examples}). They are left untouched: choose an empty folder, or move those files away.</source>
      <translation>出力フォルダ {folder} には、このモデル・このグリッドのものではないマップが {n} 個あります({examples})。それらは変更しません: 空のフォルダを選ぶか、それらのファイルを移動してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="993" />
      <source>The output folder {folder} already holds maps of this model for {n} of the requested period(s) (e.g. {examples}). Nothing is overwritten unasked: run again with {resume_hint} to keep them and compute only what is missing, or choose another folder.</source>
      <translation>出力フォルダ {folder} には、指定された期間のうち {n} 個について、このモデルのマップがすでにあります(例: {examples})。指示なしに上書きすることはありません: それらを残して不足分だけを計算するには次の設定で再実行するか({resume_hint})、別のフォルダを選んでください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1004" />
      <source>Resume: {n} period(s) already complete and checked (readable, same grid, same model, marked complete), skipped: {periods}</source>
      <translation>再開: {n} 個の期間はすでに完成・確認済み(読み込み可能、同じグリッド、同じモデル、完成の印あり)のためスキップします: {periods}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1009" />
      <source>Resume: {n} period(s) lack some of the requested outputs and are recomputed: {periods}</source>
      <translation>再開: {n} 個の期間は要求された出力の一部が欠けているため再計算します: {periods}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1038" />
      <source>{total} task(s): {periods} period(s) x {windows} window(s) of up to {height}x{width} pixels, on {backend}</source>
      <translation>{total} 個のタスク: {periods} 個の期間 x 最大 {height}x{width} ピクセルのウィンドウ {windows} 個、実行環境 {backend}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1099" />
      <source>Workers wrote {tiles} tile file(s); this computer copied {mib:.1f} MiB of compressed blocks into the maps byte for byte ({decoded} tile(s) had another layout and were decoded)</source>
      <translation>ワーカーが {tiles} 個のタイルファイルを書き込みました。このコンピュータは {mib:.1f} MiB の圧縮ブロックをバイト単位でそのままマップにコピーしました({decoded} 個のタイルは別のレイアウトだったためデコードしました)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1118" />
      <source>The disk holding {folder} is full (no space left on device) while writing. Unfinished files were removed; periods already finished are complete and kept. Free some space and run again with {resume_hint}.</source>
      <translation>書き込み中に {folder} のあるディスクがいっぱいになりました(デバイスに空き容量がありません)。未完成のファイルは削除しました。すでに完了した期間は完成しており、残されています。空き容量を確保してから、次の設定で再実行してください: {resume_hint}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1130" />
      <source>{period}: {n:,} pixels, mean {mean:.3f} (min {min:.3f}, max {max:.3f}) g C m-2 d-1</source>
      <translation>{period}: {n:,} ピクセル、平均 {mean:.3f}(最小 {min:.3f}、最大 {max:.3f})g C m-2 d-1</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1136" />
      <source>{period}: no pixel had valid values of all predictors; the map is empty.</source>
      <translation>{period}: すべての説明変数に有効な値があるピクセルがありません。マップは空です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1143" />
      <source>{variable} {share:.1%} ({interpolated:,} interpolated, {climatology:,} climatology)</source>
      <translation>{variable} {share:.1%}(補間 {interpolated:,}、気候値 {climatology:,})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1152" />
      <source>{period}: gap filling: {n:,} of {total:,} mapped pixels ({share:.1%}) have a predictor filled in time: {detail} ({file})</source>
      <translation>{period}: 欠測補完: マップ化した {total:,} ピクセルのうち {n:,} ピクセル({share:.1%})で説明変数を時間方向に補完しました: {detail}({file})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1157" />
      <source>{period}: gap filling: {n:,} of {total:,} mapped pixels ({share:.1%}) have a predictor filled in time ({file})</source>
      <translation>{period}: 欠測補完: マップ化した {total:,} ピクセルのうち {n:,} ピクセル({share:.1%})で説明変数を時間方向に補完しました({file})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1217" />
      <source>{period}: {variable} has no valid value on {n:,} of {candidates:,} pixels (fill, or outside its physical range). Check its files and units (e.g. temperature in degC where K is expected).</source>
      <translation>{period}: {variable} は {candidates:,} ピクセルのうち {n:,} ピクセルで有効な値がありません(欠測値、または物理的な範囲外)。そのファイルと単位を確認してください(例: K のはずの温度が degC になっていないか)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1229" />
      <source>Predictor {name}: typical value {median:.4g} is {sds:.0f} standard deviations from its training mean {mean:.4g}. Are the rasters in the unit the model was trained with?</source>
      <translation>説明変数 {name}: 代表値 {median:.4g} が学習データの平均 {mean:.4g} から標準偏差の {sds:.0f} 倍離れています。ラスタはモデルの学習時と同じ単位になっていますか?</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1244" />
      <source>The model uses no raster predictor, so there is no grid to map on; give EXTENT, TARGET_CRS and RESOLUTION.</source>
      <translation>モデルはラスタの説明変数を使わないため、マップ化するグリッドがありません。EXTENT、TARGET_CRS、RESOLUTION を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1263" />
      <source>{crs} is not a CRS GDAL understands ({error}); choose another one, e.g. an EPSG code.</source>
      <translation>{crs} は GDAL が解釈できる CRS ではありません({error})。別の CRS(例: EPSG コード)を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1282" />
      <source>the predictors' grid ({grid}) cannot be expressed in {crs} ({error}). Choose a CRS that covers the predictors' area, or give EXTENT and RESOLUTION in it.</source>
      <translation>説明変数のグリッド({grid})を {crs} で表せません({error})。説明変数の領域をカバーする CRS を選ぶか、その CRS で EXTENT と RESOLUTION を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1288" />
      <source>the cell size must be positive (got {resolution}).</source>
      <translation>セルサイズは正の値でなければなりません(指定値 {resolution})。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1299" />
      <source>the predictors' extent ({bounds}) cannot be expressed in {crs}. Give an extent in that CRS, or choose a CRS that covers the predictors' area.</source>
      <translation>説明変数の範囲({bounds})を {crs} で表せません。その CRS で範囲を指定するか、説明変数の領域をカバーする CRS を選んでください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1306" />
      <source>{extent} is empty (xmax must exceed xmin and ymax ymin).</source>
      <translation>{extent} は空の範囲です(xmax は xmin より、ymax は ymin より大きくなければなりません)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine.py" line="1323" />
      <source>The target grid would have {width} x {height} cells; choose a coarser RESOLUTION or a smaller EXTENT.</source>
      <translation>出力グリッドが {width} x {height} セルになってしまいます。より粗い RESOLUTION か、より小さい EXTENT を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_backends.py" line="40" />
      <source>Model file {path} changed during the run (SHA-256 differs on a dask worker).</source>
      <translation>実行中にモデルファイル {path} が変更されました(dask ワーカー上で SHA-256 が異なります)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_backends.py" line="89" />
      <source>{n} thread(s)</source>
      <translation>{n} スレッド</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_backends.py" line="135" />
      <source>A dask scheduler was given but the 'distributed' package is not installed (Debian: apt install python3-distributed; pip: pip install distributed). Install it, or leave the address empty to run on this machine's threads.</source>
      <translation>dask スケジューラが指定されましたが、'distributed' パッケージがインストールされていません(Debian: apt install python3-distributed、pip: pip install distributed)。インストールするか、アドレスを空欄にしてこのマシンのスレッドで実行してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_backends.py" line="140" />
      <source>Running on dask needs the model as a bundle file (MODEL).</source>
      <translation>dask で実行するには、モデルをバンドルファイル(MODEL)として指定する必要があります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_backends.py" line="149" />
      <source>Cannot connect to the dask scheduler at {address} within {timeout} s ({reason}). Start the scheduler or correct the address (e.g. tcp://host:8786), or leave it empty to run on this machine's threads. Nothing was written.</source>
      <translation>{address} の dask スケジューラに {timeout} 秒以内に接続できません({reason})。スケジューラを起動するかアドレスを修正する(例: tcp://host:8786)か、空欄にしてこのマシンのスレッドで実行してください。何も書き出していません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_backends.py" line="170" />
      <source>the scheduler</source>
      <translation>スケジューラ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_backends.py" line="179" />
      <source>The connection to the dask scheduler at {address} was lost mid-run (client {status}; the scheduler stopped or the network failed).</source>
      <translation>実行中に {address} の dask スケジューラとの接続が失われました(クライアント {status}。スケジューラが停止したか、ネットワークに障害が発生しました)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_backends.py" line="185" />
      <source>A task killed dask workers repeatedly (out of memory? a crash in GDAL or scikit-learn?), so the scheduler at {address} gave up on it ({error}). Check the workers' logs and memory limit.</source>
      <translation>あるタスクが dask ワーカーを繰り返し停止させた(メモリ不足? GDAL や scikit-learn のクラッシュ?)ため、{address} のスケジューラがそのタスクを断念しました({error})。ワーカーのログとメモリ上限を確認してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_backends.py" line="193" />
      <source>dask scheduler {address} with {workers} worker(s), {threads} thread(s)</source>
      <translation>dask スケジューラ {address}(ワーカー {workers} 個、{threads} スレッド)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="179" />
      <source>the run's tile folder is gone</source>
      <translation>この実行のタイルフォルダがなくなっています</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="198" />
      <source>{path} did not read back correctly: {problem}</source>
      <translation>{path} を正しく読み戻せませんでした: {problem}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="309" />
      <source>{path} did not read back correctly after writing: {problem}</source>
      <translation>書き込み後に {path} を正しく読み戻せませんでした: {problem}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="373" />
      <source>the tile {path} that a dask worker wrote ({size} bytes) is missing on this computer: the output folder is not the same shared storage for the workers and this computer, or it lags behind</source>
      <translation>dask ワーカーが書き込んだタイル {path}({size} バイト)が、このコンピュータにはありません: 出力フォルダがワーカーとこのコンピュータで同じ共有ストレージではないか、同期が遅れています</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="379" />
      <source>the tile {path} that a dask worker wrote ({size} bytes) is {here} bytes on this computer: the output folder is not the same shared storage for the workers and this computer, or it lags behind</source>
      <translation>dask ワーカーが書き込んだタイル {path}({size} バイト)が、このコンピュータでは {here} バイトです: 出力フォルダがワーカーとこのコンピュータで同じ共有ストレージではないか、同期が遅れています</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="447" />
      <source>tile (row {row}, column {col}) was not stored</source>
      <translation>タイル(行 {row}、列 {col})が保存されていません</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="496" />
      <source>other grid ({width}x{height}, {crs}) than this run ({grid_width}x{grid_height}, {grid_crs})</source>
      <translation>この実行({grid_width}x{grid_height}、{grid_crs})とは別のグリッド({width}x{height}、{crs})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="503" />
      <source>other model (SHA-256 none...)</source>
      <translation>別のモデル(SHA-256 なし...)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="504" />
      <source>other model (SHA-256 {sha256}...)</source>
      <translation>別のモデル(SHA-256 {sha256}...)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="506" />
      <source>not marked complete</source>
      <translation>完成の印がありません</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="510" />
      <source>unreadable ({error})</source>
      <translation>読み込めません({error})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="684" />
      <source>{path}: tile ends early ({read} of {length} bytes)</source>
      <translation>{path}: タイルが途中で終わっています({length} バイトのうち {read} バイト)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="718" />
      <source>Removed the stale lock {path}: the run that held it (host and process {owner}) is no longer running (killed or crashed).</source>
      <translation>古いロック {path} を削除しました: それを保持していた実行(ホストとプロセス {owner})はもう動いていません(強制終了またはクラッシュ)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="723" />
      <source>Another upscaling run is writing into {folder} ({owner}). Wait for it to finish or choose another OUTPUT_FOLDER. If no run is active, delete {path}.</source>
      <translation>別のアップスケーリングの実行が {folder} に書き込み中です({owner})。終了を待つか、別の OUTPUT_FOLDER を選んでください。実行中のものがない場合は {path} を削除してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="733" />
      <source>Cannot take the lock {path}.</source>
      <translation>ロック {path} を取得できません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="769" />
      <source>Cannot create the output folder {folder}: {error}.</source>
      <translation>出力フォルダ {folder} を作成できません: {error}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="778" />
      <source>The output folder {folder} is not writable ({error}). Choose a folder you can write to.</source>
      <translation>出力フォルダ {folder} に書き込めません({error})。書き込み可能なフォルダを選んでください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="807" />
      <source>a VRT of another model's maps</source>
      <translation>別のモデルのマップの VRT</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/engine_outputs.py" line="851" />
      <source>Removed {n} unfinished temporary file(s) left by an interrupted run.</source>
      <translation>中断された実行が残した未完成の一時ファイルを {n} 個削除しました。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/errors.py" line="21" />
      <source>parameter {parameter}</source>
      <translation>パラメータ {parameter}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/errors.py" line="23" />
      <source>file {path}</source>
      <translation>ファイル {path}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/locations.py" line="64" />
      <source>single site</source>
      <translation>単独のサイト</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/locations.py" line="123" />
      <source>{distance:.2f} km from {other} (&lt;= {max_distance:g} km)</source>
      <translation>{other} から {distance:.2f} km(&lt;= {max_distance:g} km)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/locations.py" line="125" />
      <source>shares {column} '{id}' with {other}</source>
      <translation>{other} と {column} '{id}' が同じ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="115" />
      <source>Custom model chosen but no PREDICTORS fields given.</source>
      <translation>カスタムモデルが選択されていますが、PREDICTORS のフィールドが指定されていません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="123" />
      <source>The table has none of the remote-sensing predictor columns ({columns}). Extract them with soilresp:extracttrainingdata, or choose the fields yourself (PREDICTORS, model 'custom').</source>
      <translation>テーブルにリモートセンシングの説明変数の列({columns})が 1 つもありません。soilresp:extracttrainingdata で抽出するか、フィールドを自分で選択してください(PREDICTORS、モデル 'custom')。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="131" />
      <source>The table has no in-situ predictor column (soil_temperature, soil_moisture or their _site variants) for the in-situ model.</source>
      <translation>テーブルに現地観測モデル用の現地観測の説明変数の列(soil_temperature、soil_moisture、またはそれらの _site 版)がありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="159" />
      <source>MAX_FEATURES '{value}' is not understood: use sqrt, log2, all, a fraction such as 1/3 or 0.5, or a whole number of predictors.</source>
      <translation>MAX_FEATURES '{value}' を解釈できません: sqrt、log2、all、1/3 や 0.5 のような割合、または説明変数の個数(整数)を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="166" />
      <source>MAX_FEATURES {value} must be a fraction in (0, 1] or a count &gt;= 1.</source>
      <translation>MAX_FEATURES {value} は (0, 1] の割合か、1 以上の個数でなければなりません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="181" />
      <source>GRID part '{part}' must look like name=value1,value2.</source>
      <translation>GRID の部分 '{part}' は name=value1,value2 の形式でなければなりません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="186" />
      <source>GRID parameter '{name}' is not tunable here; use max_features, min_samples_leaf or max_depth.</source>
      <translation>GRID のパラメータ '{name}' はここでは調整できません。max_features、min_samples_leaf、max_depth のいずれかを使用してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="199" />
      <source>GRID {name} value '{value}' is not a whole number.</source>
      <translation>GRID の {name} の値 '{value}' は整数ではありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="230" />
      <source>Field '{name}' holds dates, not numbers.</source>
      <translation>フィールド '{name}' には数値ではなく日付が入っています。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="239" />
      <source>Field '{name}' is not numeric: {n} value(s) such as {examples} are not numbers. Choose numeric fields, or fix the table.</source>
      <translation>フィールド '{name}' は数値ではありません: {examples} など {n} 個の値が数値ではありません。数値のフィールドを選択するか、テーブルを修正してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="263" />
      <source>Target field '{target}' is not in the table (fields: {fields}).</source>
      <translation>目的変数のフィールド '{target}' がテーブルにありません(フィールド: {fields})。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="269" />
      <source>Predictor field(s) {fields} not in the table.</source>
      <translation>説明変数のフィールド {fields} がテーブルにありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="272" />
      <source>The target '{target}' cannot also be a predictor.</source>
      <translation>目的変数 '{target}' を説明変数にすることはできません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="281" />
      <source>Target field '{target}' has no values: all {n} row(s) of the table are missing (empty or NaN). Choose the field that holds soil respiration in {unit}, or check the table (e.g. the observations were not matched to the predictor periods).</source>
      <translation>目的変数のフィールド '{target}' に値がありません: テーブルの {n} 行すべてが欠測(空または NaN)です。{unit} 単位の土壌呼吸が入ったフィールドを選択するか、テーブルを確認してください(例: 観測値が説明変数の期間と対応付けられていない)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="288" />
      <source>{n} row(s) without a target value dropped.</source>
      <translation>目的変数の値がない {n} 行を除外しました。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="294" />
      <source>Target '{target}' has {n} negative value(s) (lowest {lowest:.3g} at site {site}, period {period}). Soil respiration is an efflux &gt;= 0 in {unit}: check the unit and quality control of the observations.</source>
      <translation>目的変数 '{target}' に負の値が {n} 個あります(最小値 {lowest:.3g}、サイト {site}、期間 {period})。土壌呼吸は {unit} 単位の 0 以上の放出量です: 観測値の単位と品質管理を確認してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="306" />
      <source>Target '{target}' has {n} value(s) above {limit:g} {unit} (highest {highest:.4g} at site {site}, period {period}): not a plausible 8-day soil respiration. Is the target in another unit (umol CO2 m-2 s-1, mg CO2 m-2 h-1)? Convert it with soilresp:importobservations.</source>
      <translation>目的変数 '{target}' に {limit:g} {unit} を超える値が {n} 個あります(最大値 {highest:.4g}、サイト {site}、期間 {period}): 8日間の土壌呼吸としては妥当ではありません。目的変数が別の単位(umol CO2 m-2 s-1、mg CO2 m-2 h-1)ではありませんか? soilresp:importobservations で変換してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="323" />
      <source>Predictor '{predictor}', which the chosen models use, has no values in the {n} rows with a target (all missing). Check the extraction (does the predictor catalog cover the sites and periods for {predictor}?), or train model 'Custom fields (PREDICTORS)' with 'Predictor fields for the custom model' (PREDICTORS) without it.</source>
      <translation>選択したモデルが使う説明変数 '{predictor}' に、目的変数のある {n} 行で値がありません(すべて欠測)。抽出を確認するか(説明変数のカタログは {predictor} についてサイトと期間をカバーしていますか?)、「カスタムモデルの説明変数フィールド」(PREDICTORS)からこれを除いてモデル「カスタムフィールド(PREDICTORS)」を学習してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="332" />
      <source>Predictor '{predictor}' has no values in the {n} rows with a target (all missing). Remove it from the predictors or check the extraction.</source>
      <translation>説明変数 '{predictor}' に、目的変数のある {n} 行で値がありません(すべて欠測)。説明変数から除くか、抽出を確認してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="341" />
      <source>Predictor '{predictor}' is constant ({value:g} in every row): it cannot explain anything. Remove it from the predictors.</source>
      <translation>説明変数 '{predictor}' は一定です(すべての行で {value:g}): 何も説明できません。説明変数から除いてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="352" />
      <source>{n} row(s) with missing predictor values dropped (missing per predictor: {detail}).</source>
      <translation>説明変数に欠測がある {n} 行を除外しました(説明変数ごとの欠測数: {detail})。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="364" />
      <source>Missing predictor values filled with the training median (most frequent class for categorical predictors): {detail}.</source>
      <translation>説明変数の欠測を学習データの中央値(カテゴリ型の説明変数では最頻クラス)で補完しました: {detail}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="370" />
      <source>Only {n} usable row(s) remain of {total} (at least {minimum} needed).</source>
      <translation>{total} 行のうち使用できる行は {n} 行だけです(少なくとも {minimum} 行が必要です)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="410" />
      <source>Predictor '{predictor}' is constant in the {n} training rows ({value:g} in every row): it cannot explain anything. Remove it from the custom model's fields.</source>
      <translation>説明変数 '{predictor}' は学習データの {n} 行で一定です(すべての行で {value:g}): 何も説明できません。カスタムモデルのフィールドから除いてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="419" />
      <source>Every predictor of model '{model}' ({predictors}) is constant in the training rows. Train it on a table with more varied sites, or choose other models.</source>
      <translation>モデル '{model}' のすべての説明変数({predictors})が学習データの行で一定です。より多様なサイトを含むテーブルで学習するか、別のモデルを選択してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="433" />
      <source>the model cannot tell land-cover classes apart: mapped pixels of other classes than {value} are extrapolation from class {value} sites</source>
      <translation>モデルは土地被覆クラスを区別できず、{value} 以外のクラスのピクセルの予測はクラス {value} のサイトからの外挿になります</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="437" />
      <source>the model ignores {predictor}: mapped pixels whose {predictor} differs from {value} get predictions as if it were {value}</source>
      <translation>モデルは {predictor} を無視し、{predictor} が {value} と異なるピクセルも {value} であるかのように予測されます</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="440" />
      <source>Predictor '{predictor}' is constant in the {n} training rows ({value} in every row) and carries no information: it was left out of model(s) {models}, whose model files list the predictors without it. For the maps this means {meaning}. To use {predictor}, train on sites that differ in it.</source>
      <translation>説明変数 '{predictor}' は学習データの {n} 行で一定(すべての行で {value})で、情報をもちません: モデル {models} から除外しました。これらのモデルファイルの説明変数にはこれが含まれません。マップへの影響: {meaning}。{predictor} を使うには、その値が異なるサイトで学習してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="744" />
      <source>Model file {path} does not exist.</source>
      <translation>モデルファイル {path} が存在しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="749" />
      <source>Model file {path} has no sidecar {sidecar} next to it, so it cannot be checked and is not loaded (loading a model file runs code). Copy the .json that was written with the model, or retrain with soilresp:trainmodel.</source>
      <translation>モデルファイル {path} の隣にサイドカー {sidecar} がないため、確認できず、読み込みません(モデルファイルの読み込みはコードを実行します)。モデルと一緒に書き出された .json をコピーするか、soilresp:trainmodel で学習し直してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="758" />
      <source>Sidecar {sidecar} is not readable JSON ({error}).</source>
      <translation>サイドカー {sidecar} は読み取れる JSON ではありません({error})。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="761" />
      <source>{sidecar} is not a soil respiration model sidecar.</source>
      <translation>{sidecar} は土壌呼吸モデルのサイドカーではありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="766" />
      <source>Model file {path} does not match its sidecar {sidecar}: SHA-256 {actual}... but the sidecar records {recorded}.... The file was changed or replaced after training (or the sidecar belongs to another model). It is not loaded, because loading a model file runs code. Retrain with soilresp:trainmodel, or copy the matching model and .json pair.</source>
      <translation>モデルファイル {path} がサイドカー {sidecar} と一致しません: SHA-256 は {actual}... ですが、サイドカーの記録は {recorded}... です。ファイルが学習後に変更または置き換えられています(またはサイドカーが別のモデルのものです)。モデルファイルの読み込みはコードを実行するため、読み込みません。soilresp:trainmodel で学習し直すか、対応するモデルと .json の組をコピーしてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="787" />
      <source>Model file {path} was written by a newer plugin (format {version}); update the plugin.</source>
      <translation>モデルファイル {path} は新しいバージョンのプラグインで書き出されています(形式 {version})。プラグインを更新してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="796" />
      <source>Model file {path} was trained with scikit-learn {saved}, but this QGIS Python has scikit-learn {here}. Saved forests only load reliably in the scikit-learn version that wrote them. Retrain the model here with soilresp:trainmodel, or install scikit-learn {saved} into the Python that QGIS uses.</source>
      <translation>モデルファイル {path} は scikit-learn {saved} で学習されましたが、この QGIS の Python の scikit-learn は {here} です。保存されたフォレストは、書き出したときの scikit-learn のバージョンでしか確実に読み込めません。この環境で soilresp:trainmodel によりモデルを学習し直すか、QGIS が使う Python に scikit-learn {saved} をインストールしてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="806" />
      <source>Model file {path} was written with numpy {saved}, this QGIS has numpy {here} (another major version). Retrain the model here, or install numpy {saved}.</source>
      <translation>モデルファイル {path} は numpy {saved} で書き出されましたが、この QGIS の numpy は {here} です(メジャーバージョンが異なります)。この環境でモデルを学習し直すか、numpy {saved} をインストールしてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="814" />
      <source>Model {file} was written with {library} {saved}; this is {here}.</source>
      <translation>モデル {file} は {library} {saved} で書き出されました。この環境は {here} です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="820" />
      <source>Model file {path} could not be read ({error}). Retrain it.</source>
      <translation>モデルファイル {path} を読み込めませんでした({error})。学習し直してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="824" />
      <source>{path} is not a soil respiration model bundle.</source>
      <translation>{path} は土壌呼吸のモデルバンドルではありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="828" />
      <source>Model file {path}: the forest expects {expected} predictors but the sidecar lists {listed}.</source>
      <translation>モデルファイル {path}: フォレストは {expected} 個の説明変数を必要としますが、サイドカーには {listed} 個が記載されています。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="841" />
      <source>Model '{label}' ({file}), target {target} [{unit}]</source>
      <translation>モデル '{label}'({file})、目的変数 {target} [{unit}]</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="844" />
      <source>** trained on SYNTHETIC demo data **</source>
      <translation>** 合成デモデータで学習 **</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="845" />
      <source>Predictors (in order): {predictors}</source>
      <translation>説明変数(順序どおり): {predictors}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="848" />
      <source>Training: {rows} rows, {n_sites} sites ({sites}), periods {first} to {last}, bbox {bbox}</source>
      <translation>学習: {rows} 行、{n_sites} サイト({sites})、期間 {first} 〜 {last}、範囲 {bbox}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="853" />
      <source>Hyperparameters: {values}</source>
      <translation>ハイパーパラメータ: {values}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="861" />
      <source>CV {scheme}: R2 {r2:.3f}, RMSE {rmse:.3f} {unit}, bias {bias:+.3f} {unit}, n {n}</source>
      <translation>{scheme}: R2 {r2:.3f}、RMSE {rmse:.3f} {unit}、バイアス {bias:+.3f} {unit}、n {n}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="868" />
      <source>Area of applicability: DI threshold {threshold:.3f}</source>
      <translation>適用可能領域: DI 閾値 {threshold:.3f}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="871" />
      <source>Versions: {versions}</source>
      <translation>バージョン: {versions}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="972" />
      <source>unweighted (every row counts the same)</source>
      <translation>重み付けなし(すべての行を同じに扱う)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="978" />
      <source>n_days (days with observations in the period)</source>
      <translation>n_days(期間内で観測のある日数)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="986" />
      <source>coverage x period length (days with observations)</source>
      <translation>coverage × 期間の長さ(観測のある日数)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="988" />
      <source>coverage (share of the period with observations)</source>
      <translation>coverage(期間のうち観測のある割合)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="990" />
      <source>unweighted: the table has no n_days or coverage column (see docs/CONTRACTS.md), so every row counts the same</source>
      <translation>重み付けなし: テーブルに n_days 列も coverage 列もない(docs/CONTRACTS.md を参照)ため、すべての行を同じに扱う</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="994" />
      <source>unweighted: {column} has no positive values</source>
      <translation>重み付けなし: {column} に正の値がない</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="998" />
      <source>rows weighted by {source} in training and in every metric; {n} row(s) without a value got the median weight</source>
      <translation>学習とすべての指標で、行を {source} で重み付け。値のない {n} 行には重みの中央値を使用</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="1001" />
      <source>rows weighted by {source} in training and in every metric</source>
      <translation>学習とすべての指標で、行を {source} で重み付け</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="1027" />
      <source>Choose at least one validation scheme.</source>
      <translation>検証の方式を少なくとも 1 つ選択してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="1030" />
      <source>{scheme} needs a 'site' field naming each row's site.</source>
      <translation>{scheme}には、各行のサイトを示す 'site' フィールドが必要です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="1038" />
      <source>Site id field '{field}' is not in the table (fields: {fields}).</source>
      <translation>サイト ID のフィールド '{field}' がテーブルにありません(フィールド: {fields})。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="1053" />
      <source>Weights: {weighting}.</source>
      <translation>重み: {weighting}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="1062" />
      <source>Location {location}: site {site} {reason}</source>
      <translation>地点 {location}: サイト {site}({reason})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="1066" />
      <source>{sites} sites form {locations} locations (sites within {distance:g} km of each other or sharing {column} are held out together).</source>
      <translation>{sites} サイトが {locations} 地点になります(互いに {distance:g} km 以内にあるサイト、または {column} が同じサイトはまとめて除外されます)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="1069" />
      <source>{sites} sites form {locations} locations (sites within {distance:g} km of each other are held out together).</source>
      <translation>{sites} サイトが {locations} 地点になります(互いに {distance:g} km 以内にあるサイトはまとめて除外されます)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="1082" />
      <source>Leave-one-year-out skipped: the table covers a single year.</source>
      <translation>1年除外交差検証を省略しました: テーブルは 1 年分しかありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="1089" />
      <source>Spatially blocked {k}-fold: only {n} locations, so every location is its own block (the same folds as leave-one-location-out).</source>
      <translation>空間ブロック {k} 分割交差検証: 地点が {n} 個しかないため、各地点がそれぞれ 1 ブロックになります(1地点除外交差検証と同じ分割)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="1112" />
      <source>Forward feature selection for '{model}' ({scheme} folds)</source>
      <translation>'{model}' の前進的特徴量選択({scheme}の分割)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="1120" />
      <source>Forward feature selection left out of '{model}': {predictors} (they did not lower the held-out RMSE).</source>
      <translation>前進的特徴量選択で '{model}' から除外された説明変数: {predictors}(検証データでの RMSE を下げなかったため)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="1154" />
      <source>Model '{model}': {n} predictors ({predictors}), {rows} rows</source>
      <translation>モデル '{model}': 説明変数 {n} 個({predictors})、{rows} 行</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="1163" />
      <source>grid search ({scheme} folds) chose {values}</source>
      <translation>グリッドサーチ({scheme}の分割)の選択: {values}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/model.py" line="1282" />
      <source>No intervals: the bootstrap over locations needs at least {minimum} locations and the table has {n}; with so few places the CV metrics are anecdotes, not estimates.</source>
      <translation>信頼区間はありません: 地点に対するブートストラップには少なくとも {minimum} 地点が必要ですが、テーブルには {n} 地点しかありません。これほど少ない地点では、交差検証の指標は推定値ではなく事例にすぎません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="75" />
      <source>Unknown time zone '{name}'. Use a tz database name such as Asia/Tokyo or Etc/GMT-9.</source>
      <translation>タイムゾーン '{name}' は不明です。Asia/Tokyo や Etc/GMT-9 のような tz データベースの名前を使用してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="93" />
      <source>timestamps</source>
      <translation>タイムスタンプ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="95" />
      <source>Give the format, e.g. %d.%m.%Y %H:%M, or fix the file.</source>
      <translation>書式を指定する(例: %d.%m.%Y %H:%M)か、ファイルを修正してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="107" />
      <source>All {what} are empty.</source>
      <translation>{what}がすべて空です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="138" />
      <source>neither the format {declared} nor any ISO format ({formats}, ...)</source>
      <translation>書式 {declared} にも、どの ISO 形式({formats}, ...)にも</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="140" />
      <source>no ISO format ({formats}, ...)</source>
      <translation>どの ISO 形式({formats}, ...)にも</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="143" />
      <source>{count} of {n} values, such as {examples}, match {tried}</source>
      <translation>{n} 個の値のうち {count} 個({examples} など)が{tried}一致しません</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="150" />
      <source>they mix formats: {count} of {n} values, such as {examples}, do not match {format}, which reads the others (e.g. {good})</source>
      <translation>書式が混在しています: {n} 個の値のうち {count} 個({examples} など)が、他の値を読み取れる書式 {format}(例: {good})に一致しません</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="155" />
      <source>; {matching} of {n} values match {declared}</source>
      <translation>。{n} 個の値のうち {matching} 個が {declared} に一致します</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="157" />
      <source>Cannot read the {what}: {found}. {fix}</source>
      <translation>{what}を読み取れません: {found}。{fix}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="188" />
      <source>Folder {folder} does not exist.</source>
      <translation>フォルダ {folder} は存在しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="198" />
      <source>{folder} is not a COSORE dataset folder: neither it nor its sub-folders hold {files}. Choose a dataset folder such as d20200328_UEYAMA_TESHIO, or the folder that contains dataset folders.</source>
      <translation>{folder} は COSORE データセットフォルダではありません: このフォルダにもサブフォルダにも {files} がありません。d20200328_UEYAMA_TESHIO のようなデータセットフォルダ、またはデータセットフォルダを含むフォルダを選択してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="246" />
      <source>'{item}' is not DATASET or DATASET:PORT (a port is a number).</source>
      <translation>'{item}' は DATASET または DATASET:PORT の形式ではありません(ポートは数値です)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="286" />
      <source>port {ports}: {why}</source>
      <translation>ポート {ports}: {why}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="286" />
      <source>ports {ports}: {why}</source>
      <translation>ポート {ports}: {why}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="293" />
      <source>if an NEE-labelled chamber is a plant-free forest-floor chamber whose flux is soil respiration, list it in NEE_AS_RS (e.g. {dataset} or {dataset}:PORT)</source>
      <translation>NEE ラベルのチャンバーが植物のない林床のチャンバーで、そのフラックスが土壌呼吸である場合は、NEE_AS_RS に指定してください(例: {dataset} または {dataset}:PORT)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="298" />
      <source>to import a treatment, give its name in TREATMENT</source>
      <translation>処理区をインポートするには、その名前を TREATMENT に指定してください</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="301" />
      <source>Dataset {dataset} has no soil respiration (Rs) port with treatment '{treatment}' ({described}). {advice}</source>
      <translation>データセット {dataset} には処理区 '{treatment}' の土壌呼吸(Rs)ポートがありません({described})。{advice}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="304" />
      <source>{hints}.</source>
      <translation>{hints}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="305" />
      <source>Nothing to import.</source>
      <translation>インポートするものがありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="353" />
      <source>The site has no valid coordinates: {key} is '{text}'. Add CSR_LONGITUDE and CSR_LATITUDE in decimal degrees to DESCRIPTION.txt.</source>
      <translation>サイトに有効な座標がありません: {key} は '{text}' です。DESCRIPTION.txt に CSR_LONGITUDE と CSR_LATITUDE を十進度で追加してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="374" />
      <source>COSORE dataset {dataset} lacks {missing}. A dataset folder needs {files} as downloaded from the COSORE database.</source>
      <translation>COSORE データセット {dataset} に {missing} がありません。データセットフォルダには、COSORE データベースからダウンロードしたとおりの {files} が必要です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="380" />
      <source>Unknown timestamp basis '{basis}'.</source>
      <translation>タイムスタンプの基準 '{basis}' は不明です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="390" />
      <source>DESCRIPTION.txt has no CSR_TIMEZONE; add the site's time zone (e.g. Etc/GMT-9) so that days are local days.</source>
      <translation>DESCRIPTION.txt に CSR_TIMEZONE がありません。日が現地の日になるよう、サイトのタイムゾーン(例: Etc/GMT-9)を追加してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="402" />
      <source>data.csv of {dataset} is not a readable CSV table ({error}).</source>
      <translation>{dataset} の data.csv は読み取り可能な CSV テーブルではありません({error})。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="409" />
      <source>data.csv of {dataset} has no {column} column (columns: {columns}).</source>
      <translation>{dataset} の data.csv に {column} 列がありません(列: {columns})。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="422" />
      <source>data.csv of {dataset} has no records.</source>
      <translation>{dataset} の data.csv にレコードがありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="438" />
      <source>{dataset}: kept soil respiration port(s) {ports}</source>
      <translation>{dataset}: 使用する土壌呼吸ポート: {ports}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="440" />
      <source>{port} ({n} records)</source>
      <translation>{port}({n} レコード)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="444" />
      <source>{dataset}: excluded port {port} ({why}, {n} records)</source>
      <translation>{dataset}: ポート {port} を除外しました({why}、{n} レコード)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="451" />
      <source>CSR_TIMESTAMP_BEGIN timestamps</source>
      <translation>CSR_TIMESTAMP_BEGIN のタイムスタンプ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="452" />
      <source>Correct CSR_TIMESTAMP_FORMAT in DESCRIPTION.txt or the timestamps in data.csv.</source>
      <translation>DESCRIPTION.txt の CSR_TIMESTAMP_FORMAT、または data.csv のタイムスタンプを修正してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="456" />
      <source>{dataset}: CSR_TIMESTAMP_FORMAT {declared} does not match data.csv; timestamps read as {used}</source>
      <translation>{dataset}: CSR_TIMESTAMP_FORMAT {declared} が data.csv と一致しません。タイムスタンプは {used} として読み取りました</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="461" />
      <source>{dataset}: timestamps taken as {source}, days in local time {local}</source>
      <translation>{dataset}: タイムスタンプを {source} として扱い、日は現地時刻 {local} で区切ります</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="467" />
      <source>{dataset}: soil temperature from {temperature}, soil moisture from {moisture}</source>
      <translation>{dataset}: 地温の取得元: {temperature}、土壌水分の取得元: {moisture}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="468" />
      <source>nothing (no CSR_T* column)</source>
      <translation>なし(CSR_T* 列がありません)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="469" />
      <source>nothing (no CSR_SM* column)</source>
      <translation>なし(CSR_SM* 列がありません)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="483" />
      <source>{dataset}: {n} timestamps fall in a daylight-saving gap or overlap of the clock's time zone and were dropped</source>
      <translation>{dataset}: {n} 個のタイムスタンプが時計のタイムゾーンの夏時間の切り替え(存在しない時刻または重複する時刻)にあたるため、除外しました</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="534" />
      <source>check COSORE_TIMESTAMPS (COSORE folders) or TIME_ZONE (tables)</source>
      <translation>COSORE_TIMESTAMPS(COSORE フォルダ)または TIME_ZONE(テーブル)を確認してください</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="543" />
      <source>{site}: measurements cluster around {hour:04.1f} h local time, i.e. at night; daytime campaigns suggest the timestamps are in another time zone ({hint})</source>
      <translation>{site}: 測定が現地時刻 {hour:04.1f} 時ごろ、つまり夜間に集中しています。日中の観測であれば、タイムスタンプは別のタイムゾーンのものと考えられます({hint})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="556" />
      <source>{site}: soil temperature peaks at {peak:02d}:00 local time on average; near-surface soil peaks in the afternoon, so the timestamps are probably in another time zone than assumed ({hint})</source>
      <translation>{site}: 地温のピークは平均で現地時刻 {peak:02d}:00 です。地表近くの土壌は午後にピークとなるため、タイムスタンプはおそらく想定とは別のタイムゾーンのものです({hint})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="575" />
      <source>commas</source>
      <translation>カンマ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="575" />
      <source>semicolons</source>
      <translation>セミコロン</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="575" />
      <source>tabs</source>
      <translation>タブ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="576" />
      <source>vertical bars</source>
      <translation>縦棒</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="577" />
      <source>comma</source>
      <translation>カンマ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="577" />
      <source>semicolon</source>
      <translation>セミコロン</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="577" />
      <source>tab</source>
      <translation>タブ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="577" />
      <source>vertical bar</source>
      <translation>縦棒</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="602" />
      <source>{path} is empty (0 bytes): it has no header line and no records. Export the table again (one row per measurement with a header line).</source>
      <translation>{path} は空(0 バイト)です: ヘッダー行もレコードもありません。テーブルをもう一度エクスポートしてください(ヘッダー行付きで、1 測定 1 行)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="608" />
      <source>{path} holds only blank lines.</source>
      <translation>{path} には空行しかありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="618" />
      <source>Cannot read the table as CSV with {name} ({delimiter}) as delimiter ({error}).</source>
      <translation>区切り文字を{name}({delimiter})としてテーブルを CSV として読み取れません({error})。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="638" />
      <source>Read {file} with {name} ({delimiter}) as delimiter and the decimal comma in columns {columns}</source>
      <translation>{file} を区切り文字{name}({delimiter})で読み込み、列 {columns} では小数点のカンマを読み取りました</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="641" />
      <source>Read {file} with {name} ({delimiter}) as delimiter</source>
      <translation>{file} を区切り文字{name}({delimiter})で読み込みました</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="659" />
      <source>{site}: lon {lon:g}, lat {lat:g} ({n} rows)</source>
      <translation>{site}: lon {lon:g}、lat {lat:g}({n} 行)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="660" />
      <source>{site}: lon {lon:g}, lat {lat:g} ({n} row)</source>
      <translation>{site}: lon {lon:g}、lat {lat:g}({n} 行)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="664" />
      <source> and {n} more site(s)</source>
      <translation>、ほか {n} サイト</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="668" />
      <source> The values fit if longitude and latitude are swapped: choose '{lat}' in LON_FIELD and '{lon}' in LAT_FIELD.</source>
      <translation>経度と緯度を入れ替えると値が範囲に収まります: LON_FIELD に '{lat}'、LAT_FIELD に '{lon}' を選択してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="671" />
      <source> Correct these rows (decimal degrees, EPSG:4326).</source>
      <translation>これらの行を修正してください(十進度、EPSG:4326)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="673" />
      <source>Latitude out of range in column '{column}' (valid: -90..90 decimal degrees) for {n} site(s): {shown}{more}.{hint}</source>
      <translation>列 '{column}' の緯度が範囲外です(有効範囲: -90..90 の十進度)。対象 {n} サイト: {shown}{more}。{hint}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="676" />
      <source>Longitude out of range in column '{column}' (valid: -180..180 (or 0..360) decimal degrees) for {n} site(s): {shown}{more}.{hint}</source>
      <translation>列 '{column}' の経度が範囲外です(有効範囲: -180..180(または 0..360)の十進度)。対象 {n} サイト: {shown}{more}。{hint}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="695" />
      <source>The observation table is empty: it has no records (only a header line: {columns}).</source>
      <translation>観測テーブルが空です: レコードがありません(ヘッダー行のみ: {columns})。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="698" />
      <source>The observation table is empty: it has no records.</source>
      <translation>観測テーブルが空です: レコードがありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="704" />
      <source>site</source>
      <translation>サイト</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="704" />
      <source>time</source>
      <translation>時刻</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="705" />
      <source>flux</source>
      <translation>フラックス</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="707" />
      <source>Choose the table's column for {what} in {parameter}.</source>
      <translation>{parameter} でテーブルの{what}の列を選択してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="718" />
      <source> The table was read as a single column whose name holds {names} ({delimiter}): the file uses {delimiter} as delimiter; save it as comma-separated CSV or load it as a delimited-text layer with that delimiter.</source>
      <translation>テーブルは、名前に{names}({delimiter})を含む 1 つの列として読み込まれました: ファイルは {delimiter} を区切り文字としています。カンマ区切りの CSV として保存するか、その区切り文字を指定して区切りテキストレイヤとして読み込んでください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="725" />
      <source>The table has no column '{column}' (columns: {columns}).{hint}</source>
      <translation>テーブルに列 '{column}' がありません(列: {columns})。{hint}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="733" />
      <source>Column '{column}' has no numeric flux value (all {n} rows are empty, NaN or text). Choose the flux column in FLUX_FIELD.</source>
      <translation>列 '{column}' に数値のフラックス値がありません({n} 行すべてが空、NaN、またはテキストです)。FLUX_FIELD でフラックスの列を選択してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="740" />
      <source>{n} rows have no site id in '{column}'.</source>
      <translation>{n} 行で '{column}' にサイト ID がありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="746" />
      <source>'{column}' timestamps</source>
      <translation>'{column}' のタイムスタンプ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="747" />
      <source>Correct or delete those rows, or give in TIME_FORMAT a format (Python strptime) that reads every value.</source>
      <translation>該当する行を修正または削除するか、すべての値を読み取れる書式(Python strptime)を TIME_FORMAT に指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="749" />
      <source>Give their format in TIME_FORMAT (Python strptime, e.g. %d.%m.%Y %H:%M).</source>
      <translation>TIME_FORMAT に書式を指定してください(Python strptime、例: %d.%m.%Y %H:%M)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="755" />
      <source>Timestamps with UTC offsets converted to local time {zone}</source>
      <translation>UTC オフセット付きのタイムスタンプを現地時刻 {zone} に変換しました</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="760" />
      <source>The '{column}' timestamps carry different UTC offsets; give the sites' time zone (e.g. Asia/Tokyo) in TIME_ZONE so days are local days.</source>
      <translation>'{column}' のタイムスタンプに異なる UTC オフセットが含まれています。日が現地の日になるよう、TIME_ZONE にサイトのタイムゾーン(例: Asia/Tokyo)を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="766" />
      <source>Timestamps read as {used}; local time = their own UTC offset ({zone})</source>
      <translation>タイムスタンプを {used} として読み取りました。現地時刻 = 各タイムスタンプの UTC オフセット({zone})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="771" />
      <source>Timestamps read as {used}, taken as local time</source>
      <translation>タイムスタンプを {used} として読み取り、現地時刻とみなしました</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="783" />
      <source>Flux converted from {unit} to g C m-2 d-1</source>
      <translation>フラックスを {unit} から g C m-2 d-1 に換算しました</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="796" />
      <source>columns '{lon}' and '{lat}' have no numeric value in their rows</source>
      <translation>列 '{lon}' と '{lat}' の該当する行に数値がありません</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="798" />
      <source>no longitude/latitude column was found (no 'lon'/'lat' or 'longitude'/'latitude' column and no point geometry)</source>
      <translation>経度・緯度の列が見つかりませんでした('lon'/'lat' や 'longitude'/'latitude' の列も、ポイントジオメトリもありません)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="802" />
      <source>{n} site(s) have no coordinates: {sites}; {which}. Choose longitude/latitude columns (LON_FIELD, LAT_FIELD, decimal degrees EPSG:4326) or use a point layer.</source>
      <translation>{n} サイトに座標がありません: {sites}。{which}。経度・緯度の列(LON_FIELD、LAT_FIELD、十進度 EPSG:4326)を選択するか、ポイントレイヤを使用してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="812" />
      <source>{site}: coordinates vary by up to {spread:.3f} degrees between rows; the median position is used</source>
      <translation>{site}: 座標が行によって最大 {spread:.3f} 度異なります。中央値の位置を使用します</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="866" />
      <source>{site}: no day has {n} records; for manual (survey) measurements set MIN_RECORDS_PER_DAY to 1</source>
      <translation>{site}: {n} レコードがそろう日がありません。手動(調査)測定では MIN_RECORDS_PER_DAY を 1 にしてください</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="938" />
      <source>Nothing to import: choose a COSORE dataset folder (INPUT / MORE_DATASETS) or an observation table (TABLE).</source>
      <translation>インポートするものがありません: COSORE データセットフォルダ(INPUT / MORE_DATASETS)または観測テーブル(TABLE)を選択してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="947" />
      <source>Two datasets are both called {name} ({first} and {second}); site ids must be unique.</source>
      <translation>2 つのデータセットがどちらも {name} という名前です({first} と {second})。サイト ID は一意でなければなりません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="966" />
      <source>NEE_AS_RS names '{name}', which matches no imported dataset</source>
      <translation>NEE_AS_RS に指定された '{name}' は、インポートしたどのデータセットとも一致しません</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="971" />
      <source>check the CSR_FLUX_CO2 values of dataset {dataset} (COSORE fluxes are efflux-positive) or leave the dataset out</source>
      <translation>データセット {dataset} の CSR_FLUX_CO2 の値を確認する(COSORE のフラックスは放出が正です)か、そのデータセットを除外し</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="984" />
      <source>Table site ids {sites} are also COSORE dataset names; rename them.</source>
      <translation>テーブルのサイト ID {sites} は COSORE データセットの名前と重複しています。名前を変更してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="996" />
      <source>flip the sign of column '{column}' (e.g. a new column -"{column}" made with the Field Calculator, chosen in FLUX_FIELD)</source>
      <translation>列 '{column}' の符号を反転し(例: フィールド計算機で作成した新しい列 -"{column}" を FLUX_FIELD で選択)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="1019" />
      <source>{site}: no 8-day period passed quality control; see the QC table</source>
      <translation>{site}: 品質管理を通過した8日間期間がありません。QC テーブルを参照してください</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="1024" />
      <source>No site x 8-day period passed quality control. {message} (The log and the QC counts give each step per site.)</source>
      <translation>品質管理を通過したサイト × 8日間期間がありません。{message}(ログと QC の件数に、サイトごとの各ステップが示されています。)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/observations.py" line="1030" />
      <source>{sites} site(s), {periods} site x 8-day periods from {records} records</source>
      <translation>{records} レコードから {sites} サイト、サイト × 8日間期間 {periods} 件</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/output_safety.py" line="76" />
      <source>{path} is a folder; give a file name.</source>
      <translation>{path} はフォルダです。ファイル名を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/output_safety.py" line="81" />
      <source>{path} already exists. Nothing is overwritten unasked: tick {parameter} to replace it, or choose another name.</source>
      <translation>{path} はすでに存在します。指示なしに上書きすることはありません: 置き換えるには {parameter} にチェックを入れるか、別の名前を選んでください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/output_safety.py" line="85" />
      <source>{path} already exists. Nothing is overwritten unasked: choose another name, or move the file away.</source>
      <translation>{path} はすでに存在します。指示なしに上書きすることはありません: 別の名前を選ぶか、そのファイルを移動してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/output_safety.py" line="98" />
      <source>{path} is the input {name} ({input}): writing it would destroy that input. Choose another output folder.</source>
      <translation>{path} は入力 {name}({input})です: 書き込むとその入力が壊れます。別の出力フォルダを選んでください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/output_safety.py" line="101" />
      <source>{path} is the input {name} ({input}): writing it would destroy that input. Choose another output file.</source>
      <translation>{path} は入力 {name}({input})です: 書き込むとその入力が壊れます。別の出力ファイルを選んでください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/output_safety.py" line="109" />
      <source>{path} lies inside the folder {folder} that {name} reads: the run would write among its own inputs. Choose an output folder outside that folder.</source>
      <translation>{path} は {name} が読み込むフォルダ {folder} の中にあります: 実行が自身の入力の中に書き込むことになります。そのフォルダの外にある出力フォルダを選んでください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/output_safety.py" line="113" />
      <source>{path} lies inside the folder {folder} that {name} reads: the run would write among its own inputs. Choose an output file outside that folder.</source>
      <translation>{path} は {name} が読み込むフォルダ {folder} の中にあります: 実行が自身の入力の中に書き込むことになります。そのフォルダの外にある出力ファイルを選んでください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/output_safety.py" line="140" />
      <source>Cannot create {folder}: {existing} is a file, not a folder.</source>
      <translation>{folder} を作成できません: {existing} はフォルダではなくファイルです。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/output_safety.py" line="147" />
      <source>Cannot write to {folder} ({error}). Nothing was computed: choose a folder you can write to.</source>
      <translation>{folder} に書き込めません({error})。何も計算していません: 書き込み可能なフォルダを選んでください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="97" />
      <source>{width}x{height} cells of {dx:.6g}° x {dy:.6g}°, lon {west:.4g} to {east:.4g}, lat {south:.4g} to {north:.4g}</source>
      <translation>{width}x{height} セル({dx:.6g}° x {dy:.6g}°)、経度 {west:.4g}〜{east:.4g}、緯度 {south:.4g}〜{north:.4g}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="106" />
      <source>The latitude axis of {path} has fewer than 2 values: cannot tell the cell size.</source>
      <translation>{path} の緯度軸の値が 2 個未満のため、セルサイズを判定できません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="108" />
      <source>The longitude axis of {path} has fewer than 2 values: cannot tell the cell size.</source>
      <translation>{path} の経度軸の値が 2 個未満のため、セルサイズを判定できません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="114" />
      <source>The latitude axis of {path} is not evenly spaced (steps {low:.6g} to {high:.6g}); regrid the product to a regular lon/lat grid first.</source>
      <translation>{path} の緯度軸が等間隔ではありません(間隔 {low:.6g}〜{high:.6g})。先にプロダクトを規則的な経緯度グリッドに再グリッド化してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="117" />
      <source>The longitude axis of {path} is not evenly spaced (steps {low:.6g} to {high:.6g}); regrid the product to a regular lon/lat grid first.</source>
      <translation>{path} の経度軸が等間隔ではありません(間隔 {low:.6g}〜{high:.6g})。先にプロダクトを規則的な経緯度グリッドに再グリッド化してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="199" />
      <source>Unknown units '{unit}' (units attribute of {path}). Set OTHER_UNIT to the product's unit: {units}.</source>
      <translation>不明な単位 '{unit}' です({path} の units 属性)。OTHER_UNIT にプロダクトの単位を指定してください: {units}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="201" />
      <source>Unknown units '{unit}'. Set OTHER_UNIT to the product's unit: {units}.</source>
      <translation>不明な単位 '{unit}' です。OTHER_UNIT にプロダクトの単位を指定してください: {units}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="283" />
      <source>static (no date)</source>
      <translation>静的(日付なし)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="285" />
      <source>{first} to {last} (monthly)</source>
      <translation>{first}〜{last}(月別)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="287" />
      <source>{first} to {last} (yearly)</source>
      <translation>{first}〜{last}(年別)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="289" />
      <source>{first} to {last} ({step}ly)</source>
      <translation>{first}〜{last}({step}ly)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="309" />
      <source>{path} does not exist or is not a file.</source>
      <translation>{path} が存在しないか、ファイルではありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="322" />
      <source>{path} states no units for '{variable}'. Set OTHER_UNIT to one of: {units}.</source>
      <translation>{path} には '{variable}' の単位が記載されていません。OTHER_UNIT を次のいずれかに設定してください: {units}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="351" />
      <source>Reading netCDF needs the Python package netCDF4 (Debian: python3-netcdf4).</source>
      <translation>netCDF の読み込みには Python パッケージ netCDF4 が必要です(Debian: python3-netcdf4)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="356" />
      <source>Cannot read {path} as netCDF ({error}). Give a netCDF or GeoTIFF SR product.</source>
      <translation>{path} を netCDF として読み込めません({error})。netCDF または GeoTIFF の土壌呼吸プロダクトを指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="376" />
      <source>{path} has no variable on a latitude/longitude grid (variables found: {variables}). Give a gridded lon/lat product.</source>
      <translation>{path} には緯度・経度グリッド上の変数がありません(見つかった変数: {variables})。経緯度グリッドのプロダクトを指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="382" />
      <source>Variable '{variable}' is not in {path}. Data variables found: {candidates}.</source>
      <translation>変数 '{variable}' は {path} にありません。見つかったデータ変数: {candidates}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="387" />
      <source>Variable '{variable}' of {path} is not on the lon/lat grid. Data variables found: {candidates}.</source>
      <translation>{path} の変数 '{variable}' は経緯度グリッド上にありません。見つかったデータ変数: {candidates}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="392" />
      <source>{path} has several data variables: {candidates}. Set OTHER_VARIABLE to the SR variable.</source>
      <translation>{path} には複数のデータ変数があります: {candidates}。OTHER_VARIABLE に土壌呼吸の変数を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="406" />
      <source>Variable '{variable}' of {path} has an extra dimension '{dimension}' of size {size}; only time, lat and lon are supported.</source>
      <translation>{path} の変数 '{variable}' には余分な次元 '{dimension}'(サイズ {size})があります。対応している次元は time、lat、lon だけです。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="484" />
      <source>The time axis '{axis}' of {path} has no CF units ('days since ...'); cannot date the product.</source>
      <translation>{path} の時間軸 '{axis}' に CF 形式の単位('days since ...')がないため、プロダクトの日付を決められません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="510" />
      <source>The product has one time step ({year}-{month:02d}-{day:02d}) without time bounds: taken as a static map (compared with the mean of our complete years); add time bounds to date it.</source>
      <translation>プロダクトには時間範囲(time bounds)のない時間ステップが 1 つ({year}-{month:02d}-{day:02d})しかありません: 静的マップとして扱います(本プラグインのマップの完全な年の平均と比較します)。日付を与えるには時間範囲を追加してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="520" />
      <source>The time step of {path} is about {days:.1f} days; only monthly and annual products (or static maps) are supported.</source>
      <translation>{path} の時間ステップは約 {days:.1f} 日です。対応しているのは月別・年別のプロダクト(または静的マップ)だけです。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="535" />
      <source>Cannot read {path} as a raster or netCDF ({error}). Give a netCDF or GeoTIFF SR product.</source>
      <translation>{path} をラスタまたは netCDF として読み込めません({error})。netCDF または GeoTIFF の土壌呼吸プロダクトを指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="541" />
      <source>{path} is in {crs}; the comparison needs a geographic lon/lat product (EPSG:4326). Warp it first (Raster › Projections › Warp).</source>
      <translation>{path} の座標参照系: {crs}。比較には地理座標系(経緯度、EPSG:4326)のプロダクトが必要です。先に再投影してください(ラスタ › 投影法 › ワープ(再投影))。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="547" />
      <source>{path} is rotated; warp it to a north-up grid first.</source>
      <translation>{path} は回転しています。先に北が上のグリッドに再投影(ワープ)してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="555" />
      <source>{path} has longitudes running east to west; flip it first.</source>
      <translation>{path} は経度が東から西へ並んでいます。先に反転してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/products_io.py" line="586" />
      <source>{path} has {count} bands but no consistent band dates (band descriptions or YEAR/MONTH tags such as 2005 or 2005-01). Give one band, or date the bands.</source>
      <translation>{path} には {count} 個のバンドがありますが、バンドの日付(バンドの説明、または 2005 や 2005-01 のような YEAR/MONTH タグ)が一貫していません。バンドを 1 つにするか、バンドに日付を付けてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/qc_faults.py" line="210" />
      <source>fewer than 2 months with a reference (other chambers or soil temperature)</source>
      <translation>参照(他のチャンバーまたは地温)のある月が 2 か月未満</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="64" />
      <source>The flux minimum ({low}) must be below the maximum ({high}).</source>
      <translation>フラックスの最小値({low})は最大値({high})より小さくなければなりません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="69" />
      <source>The spike factor k must be 0 (off) or positive.</source>
      <translation>スパイク係数 k は 0(無効)または正の値でなければなりません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="73" />
      <source>Unknown action for negative fluxes '{action}'; use one of {choices}.</source>
      <translation>負のフラックスの扱い '{action}' は不明です。{choices} のいずれかを使用してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="79" />
      <source>At least 1 record per day is needed.</source>
      <translation>1 日あたり少なくとも 1 レコードが必要です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="83" />
      <source>At least 1 day per period is needed.</source>
      <translation>1 期間あたり少なくとも 1 日が必要です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="87" />
      <source>A stuck run needs at least 2 identical values (found {found}); use 0 to switch the test off.</source>
      <translation>固着とみなすには少なくとも 2 個の同一値が必要です({found} が指定されました)。検定を無効にするには 0 を使用してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="92" />
      <source>The duration must be 0 (off) or positive.</source>
      <translation>継続時間は 0(無効)または正の値でなければなりません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="96" />
      <source>A level shift factor of {factor:g} would flag every month; use 0 (off) or a factor above 1 (default 3).</source>
      <translation>レベルシフトの倍率が {factor:g} では、すべての月にフラグが付きます。0(無効)または 1 より大きい倍率(既定 3)を使用してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="103" />
      <source>Unknown action '{action}'; use one of {choices}.</source>
      <translation>扱い '{action}' は不明です。{choices} のいずれかを使用してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="107" />
      <source>The plausible Q10 range {low:g}..{high:g} is empty or not positive; the lowest plausible Q10 must be above 0 and below the highest (Q10_MAX).</source>
      <translation>Q10 の妥当な範囲 {low:g}..{high:g} が空であるか、正ではありません。妥当な Q10 の最小値は 0 より大きく、最大値(Q10_MAX)より小さくなければなりません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="131" />
      <source>{site} chamber {chamber}</source>
      <translation>{site} チャンバー {chamber}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="134" />
      <source>{where}: {step}: {count} {unit} ({detail}); {remaining} {unit} remain</source>
      <translation>{where}: {step}: {count} {unit}({detail})。残り {remaining} {unit}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="136" />
      <source>{where}: {step}: {count} {unit}; {remaining} {unit} remain</source>
      <translation>{where}: {step}: {count} {unit}。残り {remaining} {unit}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="169" />
      <source>flip the sign of the fluxes</source>
      <translation>フラックスの符号を反転し</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="170" />
      <source>{site}: {negative} of {n} negative (median {median:.3g} g C m-2 d-1)</source>
      <translation>{site}: {n} 件中 {negative} 件が負(中央値 {median:.3g} g C m-2 d-1)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="176" />
      <source>Nearly all fluxes are negative at {n} site(s): {shown}{more}. Soil respiration is an efflux (positive); these values probably follow a sign convention where efflux is negative (e.g. uptake-positive exports). {flip} and run again. The 'Negative fluxes' (NEGATIVE_FLUX) choices do not fix a sign convention: they would keep, drop or zero every record.</source>
      <translation>{n} サイトでほぼすべてのフラックスが負です: {shown}{more}。土壌呼吸は放出(正の値)です。これらの値はおそらく放出を負とする符号の規約(例: 吸収を正とするエクスポート)に従っています。{flip}、再実行してください。「負のフラックス」(NEGATIVE_FLUX)の選択肢では符号の規約は直りません: すべてのレコードを残す、除外する、またはゼロにすることになります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="204" />
      <source>{site}: {share:.0%} of {n} fluxes are outside {low:g}..{high:g} umol CO2 m-2 s-1 (FLUX_MIN, FLUX_MAX) and will be removed; median {median:.4g} {unit}</source>
      <translation>{site}: {n} 件のフラックスのうち {share:.0%} が {low:g}..{high:g} umol CO2 m-2 s-1(FLUX_MIN、FLUX_MAX)の範囲外のため、削除されます。中央値 {median:.4g} {unit}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="213" />
      <source>the flux unit</source>
      <translation>フラックスの単位</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="214" />
      <source>{site}: {share:.1%} of {n} outside, median {median:.4g} {unit}</source>
      <translation>{site}: {n} 件中 {share:.1%} が範囲外、中央値 {median:.4g} {unit}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="223" />
      <source> or </source>
      <translation> または </translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="223" />
      <source>{unit} (median {median:.3g} g C m-2 d-1)</source>
      <translation>{unit}(中央値 {median:.3g} g C m-2 d-1)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="226" />
      <source>The values are plausible soil respiration ({low:g}-{high:g} g C m-2 d-1) if they are in {units}: choose that unit in {setting}.</source>
      <translation>値が {units} であれば、妥当な土壌呼吸({low:g}-{high:g} g C m-2 d-1)になります: {setting} でその単位を選択してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="229" />
      <source>The values are plausible soil respiration ({low:g}-{high:g} g C m-2 d-1) if they are in {units}; COSORE data.csv fluxes must be umol CO2 m-2 s-1, so check the dataset.</source>
      <translation>値が {units} であれば、妥当な土壌呼吸({low:g}-{high:g} g C m-2 d-1)になります。COSORE の data.csv のフラックスは umol CO2 m-2 s-1 でなければならないため、データセットを確認してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="235" />
      <source>No supported unit makes the median a plausible soil respiration ({low:g}-{high:g} g C m-2 d-1): check the flux column (FLUX_FIELD) and the unit.</source>
      <translation>どの対応単位でも、中央値は妥当な土壌呼吸({low:g}-{high:g} g C m-2 d-1)になりません: フラックスの列(FLUX_FIELD)と単位を確認してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="239" />
      <source>Most fluxes are outside the physical range {low:g}..{high:g} umol CO2 m-2 s-1 (FLUX_MIN, FLUX_MAX) when read as {unit} ({shown}{more}), so the unit is probably wrong. {guess} Widen FLUX_MIN/FLUX_MAX only if such fluxes are real.</source>
      <translation>{unit} として読むと、ほとんどのフラックスが物理的な範囲 {low:g}..{high:g} umol CO2 m-2 s-1(FLUX_MIN、FLUX_MAX)の外にあります({shown}{more})。単位が誤っている可能性があります。{guess} そのようなフラックスが実在する場合に限り、FLUX_MIN/FLUX_MAX を広げてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="261" />
      <source>the flux column has no numeric values; choose the flux column in FLUX_FIELD</source>
      <translation>フラックスの列に数値がありません。FLUX_FIELD でフラックスの列を選択してください</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="264" />
      <source>check the flux unit (FLUX_UNIT) and the bounds {low:g}..{high:g} umol CO2 m-2 s-1 (FLUX_MIN, FLUX_MAX)</source>
      <translation>フラックスの単位(FLUX_UNIT)と範囲 {low:g}..{high:g} umol CO2 m-2 s-1(FLUX_MIN、FLUX_MAX)を確認してください</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="267" />
      <source>the fluxes repeat identical values; check the flux column, or set STUCK_FLUX_RECORDS to 0 (off)</source>
      <translation>フラックスが同一値を繰り返しています。フラックスの列を確認するか、STUCK_FLUX_RECORDS を 0(無効)にしてください</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="270" />
      <source>raise SPIKE_K or set it to 0 (off)</source>
      <translation>SPIKE_K を大きくするか、0(無効)にしてください</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="271" />
      <source>the chambers' flux peaks at night against an afternoon soil temperature maximum (plants in the chamber); import plant-free soil respiration chambers, or choose 'Warn only' in DIEL_PHASE</source>
      <translation>チャンバーのフラックスが、地温が午後に最大となるのに対して夜間にピークとなっています(チャンバー内に植物があります)。植物のない土壌呼吸チャンバーをインポートするか、DIEL_PHASE で「警告のみ」を選択してください</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="275" />
      <source>raise LEVEL_SHIFT_FACTOR or set it to 0 (off)</source>
      <translation>LEVEL_SHIFT_FACTOR を大きくするか、0(無効)にしてください</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="277" />
      <source>widen Q10_MIN..Q10_MAX or choose 'Warn only' in Q10_ACTION</source>
      <translation>Q10_MIN..Q10_MAX を広げるか、Q10_ACTION で「警告のみ」を選択してください</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="279" />
      <source>choose Keep in NEGATIVE_FLUX, or flip the sign of the flux column if efflux is negative in your table</source>
      <translation>NEGATIVE_FLUX で「残す」を選択するか、テーブルで放出が負になっている場合はフラックスの列の符号を反転してください</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="289" />
      <source>No record passed quality control: of {read} records, {counts} were removed. Most went at the '{step}' step: {advice}.</source>
      <translation>品質管理を通過したレコードはありません: {read} レコードのうち {counts} が削除されました。最も多く削除されたのは '{step}' のステップです: {advice}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="294" />
      <source>{left} records passed quality control, but no chamber has {n} records on any day. For manual (survey) measurements set MIN_RECORDS_PER_DAY to 1.</source>
      <translation>{left} レコードが品質管理を通過しましたが、{n} レコードがそろう日のあるチャンバーはありません。手動(調査)測定では MIN_RECORDS_PER_DAY を 1 にしてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="297" />
      <source>{days} chamber-days passed, but no 8-day period has {n} valid days. Lower MIN_DAYS_PER_PERIOD (1 keeps single days) or import more days.</source>
      <translation>{days} チャンバー・日が通過しましたが、有効な日が {n} 日ある8日間期間はありません。MIN_DAYS_PER_PERIOD を小さくする(1 で単独の日も残します)か、より多くの日をインポートしてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="330" />
      <source>Unknown soil moisture unit '{unit}'.</source>
      <translation>土壌水分の単位 '{unit}' は不明です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="339" />
      <source>Site {site}: soil moisture mixes two scales: {n_low} values between 0 and 1 (median {low:.3g}, a volumetric fraction) and {n_high} values above 1.5 (median {high:.3g}, percent), e.g. after a logger change. No choice of SOIL_MOISTURE_UNIT reads both correctly: convert the site's values to one scale in the table (or leave SOIL_MOISTURE_FIELD empty to import without soil moisture).</source>
      <translation>サイト {site}: 土壌水分に 2 つのスケールが混在しています: 0 から 1 の値が {n_low} 個(中央値 {low:.3g}、体積含水率)と、1.5 を超える値が {n_high} 個(中央値 {high:.3g}、パーセント)あります(ロガーの交換後など)。SOIL_MOISTURE_UNIT のどの選択でも両方を正しく読めません: テーブルでサイトの値を 1 つのスケールに変換してください(または SOIL_MOISTURE_FIELD を空にして、土壌水分なしでインポートしてください)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="357" />
      <source>Site {site}: cannot tell whether soil moisture is a volumetric fraction or percent (median {median:.3g}, maximum {top:.3g}: values above 1 are impossible as a fraction, but the median is too low for percent). Choose the unit in SOIL_MOISTURE_UNIT (values outside 0-1 after conversion are then removed by quality control).</source>
      <translation>サイト {site}: 土壌水分が体積含水率かパーセントかを判定できません(中央値 {median:.3g}、最大値 {top:.3g}: 1 を超える値は体積含水率としてはあり得ませんが、中央値はパーセントとしては低すぎます)。SOIL_MOISTURE_UNIT で単位を選択してください(換算後に 0〜1 の範囲外となる値は品質管理で削除されます)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="366" />
      <source>{site}: soil moisture detected as {unit} (median {median:.3g}, maximum {top:.3g})</source>
      <translation>{site}: 土壌水分を {unit} と判定しました(中央値 {median:.3g}、最大値 {top:.3g})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="407" />
      <source>{site}: {step}: none ({detail})</source>
      <translation>{site}: {step}: 該当なし({detail})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="467" />
      <source>{site} chamber {chamber}: it is an NEE port you listed in NEE_AS_RS as soil respiration, but its flux looks like net exchange of a chamber with plants (uptake at midday), not soil respiration: {detail}; {action} (DIEL_PHASE = {setting})</source>
      <translation>{site} チャンバー {chamber}: NEE_AS_RS で土壌呼吸として指定された NEE ポートですが、そのフラックスは土壌呼吸ではなく、植物を含むチャンバーの正味交換(日中に吸収)のように見えます: {detail}。{action}(DIEL_PHASE = {setting})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="472" />
      <source>{site} chamber {chamber}: its flux looks like net exchange of a chamber with plants (uptake at midday), not soil respiration: {detail}; {action} (DIEL_PHASE = {setting})</source>
      <translation>{site} チャンバー {chamber}: フラックスが土壌呼吸ではなく、植物を含むチャンバーの正味交換(日中に吸収)のように見えます: {detail}。{action}(DIEL_PHASE = {setting})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="475" />
      <source>its records of that month are excluded</source>
      <translation>その月のレコードは除外されます</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="476" />
      <source>its records are KEPT as soil respiration</source>
      <translation>レコードは土壌呼吸として「残されます」</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="497" />
      <source>{site} chamber {chamber}: level shift: {detail}; those records are excluded (LEVEL_SHIFT_FACTOR)</source>
      <translation>{site} チャンバー {chamber}: レベルシフト: {detail}。これらのレコードは除外されます(LEVEL_SHIFT_FACTOR)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="501" />
      <source>{site} chamber {chamber}: level shift not tested: {why}</source>
      <translation>{site} チャンバー {chamber}: レベルシフトは検定していません: {why}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="521" />
      <source>{site} chamber {chamber}: implausible flux-temperature response: {detail}; those records are excluded (Q10_ACTION)</source>
      <translation>{site} チャンバー {chamber}: フラックスの温度応答が妥当ではありません: {detail}。これらのレコードは除外されます(Q10_ACTION)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="524" />
      <source>{site} chamber {chamber}: implausible flux-temperature response: {detail}; records kept (Q10_ACTION)</source>
      <translation>{site} チャンバー {chamber}: フラックスの温度応答が妥当ではありません: {detail}。レコードは残されます(Q10_ACTION)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="638" />
      <source>{site}: fault QC (stuck sensors, diel phase, level shift, Q10) found nothing</source>
      <translation>{site}: 異常検定(センサーの固着、日周位相、レベルシフト、Q10)では何も検出されませんでした</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="642" />
      <source>{step} chamber {chamber}: {count} {unit}</source>
      <translation>{step} チャンバー {chamber}: {count} {unit}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/quality.py" line="646" />
      <source>{site}: fault QC summary: {parts}</source>
      <translation>{site}: 異常検定の概要: {parts}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="315" />
      <source>Flags</source>
      <translation>注意事項</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="317" />
      <source>No flags: no predictor with negative held-out importance, R2 &gt;= 0 and better than every baseline under {scheme}.</source>
      <translation>注意事項はありません: {scheme} において、検証データでの重要度が負の説明変数はなく、R2 &gt;= 0 で、すべてのベースラインより優れています。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="334" />
      <source>sites at most {km:g} km apart (great-circle distance, chained) or sharing the same {column}</source>
      <translation>互いの距離が {km:g} km 以内(大圏距離、連鎖的)のサイト、または同じ {column} をもつサイト</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="338" />
      <source>sites at most {km:g} km apart (great-circle distance, chained)</source>
      <translation>互いの距離が {km:g} km 以内(大圏距離、連鎖的)のサイト</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="340" />
      <source>Locations ({locations} from {sites} sites)</source>
      <translation>地点({sites} サイトから {locations} 地点)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="342" />
      <source>One location = {rule}. Leave-one-location-out holds out a whole location at a time, so a dataset is never predicted from its twin at the same place; the bootstrap draws locations.</source>
      <translation>1 地点 = {rule}。1地点除外交差検証は地点全体をまとめて除外するため、データセットが同じ場所にあるもう一方のデータセットから予測されることはありません。ブートストラップは地点を抽出します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="359" />
      <source>mean: the (weighted) mean of the training rows of each fold</source>
      <translation>mean: 各分割の学習行の(重み付き)平均</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="360" />
      <source>day-of-year climatology: mean of the training rows of the same 8-day period of the year, across sites</source>
      <translation>day-of-year climatology: 年内で同じ8日間期間にある学習行の、サイトをまたいだ平均</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="365" />
      <source>Q10: R = R10 Q10^((T-10)/10) and Lloyd-Taylor: R = R10 exp(E0 (1/56.02 - 1/(T+273.15-227.13))), least squares on {temperature} of each fold's training rows (all rows: R10 {q10_r10} {unit}, Q10 {q10}; Lloyd-Taylor R10 {lt_r10}, E0 {e0} K)</source>
      <translation>Q10: R = R10 Q10^((T-10)/10) と Lloyd-Taylor: R = R10 exp(E0 (1/56.02 - 1/(T+273.15-227.13)))、各分割の学習行の {temperature} に対する最小二乗法(全行: R10 {q10_r10} {unit}、Q10 {q10}。Lloyd-Taylor R10 {lt_r10}、E0 {e0} K)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="389" />
      <source>Baselines and skill</source>
      <translation>ベースラインとスキル</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="390" />
      <source>A model is only useful where it beats simple baselines, predicted under the same folds on the same rows: {baselines}. Skill = 1 - MSE_model / MSE_baseline: 1 perfect, 0 no better than the baseline, &amp;lt; 0 worse.</source>
      <translation>モデルが有用なのは、同じ分割・同じ行で予測した単純なベースラインを上回る場合だけです: {baselines}。スキル = 1 - MSE_model / MSE_baseline: 1 は完全、0 はベースラインと変わらない、&amp;lt; 0 はベースラインより悪いことを示します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="447" />
      <source>The table {source}</source>
      <translation>テーブル {source}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="448" />
      <source>The table</source>
      <translation>テーブル</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="453" />
      <source>{where} is not a QC table of soilresp:importobservations: it has no column {missing} (its columns: {columns}). Give the QC_TABLE output of the import (e.g. observations_qc.csv), or leave this input empty.</source>
      <translation>{where} は soilresp:importobservations の QC テーブルではありません: 列 {missing} がありません(列: {columns})。インポートの QC_TABLE 出力(例: observations_qc.csv)を指定するか、この入力を空欄にしてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="463" />
      <source>{where} has no rows: the import's QC table always has some. Give the QC_TABLE output of soilresp:importobservations, or leave this input empty.</source>
      <translation>{where} には行がありません: インポートの QC テーブルには必ず行があります。soilresp:importobservations の QC_TABLE 出力を指定するか、この入力を空欄にしてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="478" />
      <source>{where} has a non-number in column {column} (row {row}, step '{step}': '{value}'). Give the QC table unchanged as soilresp:importobservations wrote it.</source>
      <translation>{where} の列 {column} に数値でない値があります(行 {row}、ステップ '{step}': '{value}')。soilresp:importobservations が書き出したままの QC テーブルを指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="490" />
      <source>{where} describes the sites {shown}, none of which is in the training table (INPUT: {training}). Give the QC table of the import that made this training table's observations, or leave this input empty (the report then says the QC provenance is unknown).</source>
      <translation>{where} はサイト {shown} について記述していますが、いずれも学習テーブル(INPUT: {training})にありません。この学習テーブルの観測値を作成したインポートの QC テーブルを指定するか、この入力を空欄にしてください(その場合、レポートには QC の来歴は不明と示されます)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="630" />
      <source>Quality control of the observations (provenance)</source>
      <translation>観測値の品質管理(来歴)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="634" />
      <source>QC provenance unknown: no quality-control table of the observation import was given (QC_TABLE), so this report cannot say which QC tests ran, with which settings, what they removed per site and chamber, how COSORE timestamps were put into local time, or which NEE ports were used as soil respiration (NEE_AS_RS). Give the QC_TABLE output of soilresp:importobservations to record it.</source>
      <translation>QC の来歴は不明です: 観測値のインポートの品質管理テーブル(QC_TABLE)が指定されていないため、このレポートでは、どの QC テストがどの設定で実行されたか、サイトとチャンバーごとに何が除去されたか、COSORE のタイムスタンプがどのように現地時刻に変換されたか、どの NEE ポートが土壌呼吸として使われたか(NEE_AS_RS)を示せません。記録するには soilresp:importobservations の QC_TABLE 出力を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="642" />
      <source>From the QC table of the observation import {source}. Counts per site: records read, what each step found (removed, unless its setting says kept or set to missing or its unit says flagged, kept), what remained; training rows are this run's rows of the site after extraction and missing-value handling.</source>
      <translation>観測値のインポートの QC テーブル {source} より。サイトごとの件数: 読み込んだレコード、各ステップで見つかったもの(設定に kept や set to missing とある場合、または単位に flagged、kept とある場合を除き、除去)、残ったもの。学習行は、抽出と欠測値の処理の後の、この実行におけるそのサイトの行です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="649" />
      <source>QC tests and their settings:</source>
      <translation>品質管理テストとその設定:</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="653" />
      <source>Fault tests per chamber:</source>
      <translation>チャンバーごとの異常検査:</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="657" />
      <source>Time-zone handling of COSORE timestamps</source>
      <translation>COSORE のタイムスタンプのタイムゾーンの扱い</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="658" />
      <source>not recorded in this QC table (the import writes it to its log only: 'timestamps taken as UTC/instrument clock, days in local time ...')</source>
      <translation>この QC テーブルには記録されていません(インポートはログにのみ書き出します: 'timestamps taken as UTC/instrument clock, days in local time ...')</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="660" />
      <source>NEE ports used as soil respiration (NEE_AS_RS)</source>
      <translation>土壌呼吸として使用した NEE ポート(NEE_AS_RS)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="661" />
      <source>not recorded in this QC table (the import writes the kept and excluded ports to its log only)</source>
      <translation>この QC テーブルには記録されていません(インポートは残したポートと除外したポートをログにのみ書き出します)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="669" />
      <source>Sites in the QC table but not in the training table: {sites}</source>
      <translation>QC テーブルにはあるが学習テーブルにはないサイト: {sites}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="673" />
      <source>&lt;b&gt;Training sites without QC rows&lt;/b&gt; (their QC provenance is unknown): {sites}</source>
      <translation>&lt;b&gt;QC の行がない学習サイト&lt;/b&gt;(QC の来歴は不明): {sites}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="687" />
      <source>Soil respiration models</source>
      <translation>土壌呼吸モデル</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="695" />
      <source>SYNTHETIC DATA: these models were trained on the synthetic demo dataset. The numbers show how the tool works, not real soil respiration.</source>
      <translation>合成データ: これらのモデルは合成デモデータセットで学習されました。数値はツールの動作を示すもので、実際の土壌呼吸ではありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="699" />
      <source>Target &lt;b&gt;{target}&lt;/b&gt; [{unit}]; {used} of {rows} rows used, {sites} sites, {periods} 8-day periods ({first} to {last}). All models were trained and validated on the same rows. Primary scheme: {scheme}.</source>
      <translation>目的変数 &lt;b&gt;{target}&lt;/b&gt; [{unit}]。{rows} 行のうち {used} 行を使用、{sites} サイト、8日間期間 {periods} 個({first} から {last})。すべてのモデルは同じ行で学習・検証されました。主たる検証方式: {scheme}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="714" />
      <source>Cross-validated metrics (pooled)</source>
      <translation>交差検証による評価指標(全体)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="717" />
      <source>Intervals: {level} % percentile bootstrap over the {locations} locations ({draws} draws: locations drawn with replacement, all their rows kept).</source>
      <translation>区間: {locations} 地点に対する {level} % パーセンタイル・ブートストラップ({draws} 回: 地点を復元抽出し、その行はすべて使用)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="722" />
      <source>{scheme} tests each location with a model that never saw it: the honest estimate for upscaling to unsampled places. Random k-fold and out-of-bag (grey, italic) test on other days of sites the model has seen and are &lt;b&gt;optimistic&lt;/b&gt;. R2 = 1 - SSres/SStot: &lt;b&gt;R2 &amp;lt; 0 means the model is worse than predicting one constant, the mean of the observations&lt;/b&gt;; whether it is worse than predicting the mean of the training data (which a held-out location does not know) is the skill against the 'mean' baseline below. Bias = mean(predicted - observed); slope of the least-squares line of predicted on observed. Weights: {weights}. {intervals}</source>
      <translation>{scheme} は、各地点をその地点を見たことのないモデルで検証します: 観測のない場所へのアップスケーリングに対する偏りのない推定です。ランダム k 分割と out-of-bag(灰色、斜体)は、モデルが見たことのあるサイトの別の日で検証するため&lt;b&gt;楽観的&lt;/b&gt;です。R2 = 1 - SSres/SStot: &lt;b&gt;R2 &amp;lt; 0 は、モデルが 1 つの定数(観測値の平均)を予測するより悪いことを意味します&lt;/b&gt;。学習データの平均(除外した地点では分からない値)を予測するより悪いかどうかは、下の 'mean' ベースラインに対するスキルで分かります。バイアス = mean(予測値 - 観測値)。傾きは、予測値を観測値に回帰した最小二乗直線の傾きです。重み: {weights}。{intervals}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="734" />
      <source>Metrics per location (sites held out together)</source>
      <translation>地点ごとの評価指標(同じ地点のサイトはまとめて除外)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="735" />
      <source>Metrics per site</source>
      <translation>サイトごとの評価指標</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="736" />
      <source>Metrics per season (DJF/MAM/JJA/SON)</source>
      <translation>季節ごとの評価指標(DJF/MAM/JJA/SON)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="746" />
      <source>Observed vs predicted ({scheme})</source>
      <translation>観測値と予測値({scheme})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="754" />
      <source>Time series per site ({scheme} predictions)</source>
      <translation>サイトごとの時系列({scheme} による予測)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="758" />
      <source>Predictor importance</source>
      <translation>説明変数の重要度</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="759" />
      <source>Permutation importance on held-out rows: each predictor is shuffled and every row is predicted by the {scheme} model that did not see it; bars show the increase of the pooled mean squared error (mean and sd of the repeats). Impurity importance of the final model is in the table for comparison; it is computed on training rows and favours predictors with many distinct values.</source>
      <translation>検証データの行での並べ替え重要度: 各説明変数をシャッフルし、各行をその行を見ていない {scheme} のモデルで予測します。棒は全体の平均二乗誤差の増加(繰り返しの平均と標準偏差)を示します。比較のため、最終モデルの不純度重要度を表に示します。これは学習行で計算され、異なる値の多い説明変数を過大評価する傾向があります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="780" />
      <source>Forward feature selection: {model}</source>
      <translation>前進的特徴量選択: {model}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="782" />
      <source>Predictors added one at a time, each time the one that lowered the pooled held-out RMSE of {scheme} most, until none did (as CAST's ffs, starting from one predictor). The model above uses the selected predictors; its CV metrics are slightly optimistic because the selection saw the same folds.</source>
      <translation>説明変数を 1 つずつ追加しました。毎回 {scheme} の検証データ全体の RMSE を最も下げるものを選び、下げるものがなくなるまで続けます(CAST の ffs と同様、1 つの説明変数から開始)。上のモデルは選択された説明変数を使います。選択に同じ分割を使ったため、その交差検証の評価指標はやや楽観的です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="792" />
      <source>Partial dependence of the final models</source>
      <translation>最終モデルの部分依存</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="793" />
      <source>Average prediction when one predictor is set to each value (5th–95th percentile of the training data) and the others keep their training values.</source>
      <translation>1つの説明変数を各値(学習データの5–95パーセンタイル)に固定し、他の説明変数は学習データの値のままとしたときの予測値の平均です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="800" />
      <source>Area of applicability</source>
      <translation>適用可能領域</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="801" />
      <source>Dissimilarity index (DI, Meyer &amp;amp; Pebesma 2021): distance in importance-weighted standardised predictor space to the nearest training row, divided by the mean distance between training rows. Pixels with DI above the threshold (upper whisker of the training DI measured to other {scheme} folds) are outside the area where the CV error applies.</source>
      <translation>非類似度指数(DI、Meyer &amp;amp; Pebesma 2021): 重要度で重み付けし標準化した説明変数空間における最も近い学習行までの距離を、学習行間の平均距離で割ったものです。DI が閾値(他の {scheme} の分割に対して測った学習データの DI の上側のひげ)を超えるピクセルは、交差検証の誤差が当てはまる領域の外にあります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="817" />
      <source>Data</source>
      <translation>データ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="826" />
      <source>Models and settings</source>
      <translation>モデルと設定</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="842" />
      <source>Grid search for {model} (candidates with pooled held-out RMSE [{unit}], {scheme} folds; CV metrics above come from a nested search inside each fold):</source>
      <translation>{model} のグリッドサーチ(候補と、{scheme} の分割での検証データ全体の RMSE [{unit}]。上の交差検証の評価指標は各分割の内側で入れ子にした探索によるものです):</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="855" />
      <source>Seed {seed}; versions: {versions}</source>
      <translation>シード {seed}、バージョン: {versions}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/reporting.py" line="17" />
      <source>WARNING: {message}</source>
      <translation>警告: {message}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="45" />
      <source>Column period_start holds values that are not dates ({error}); expected YYYY-MM-DD as written by 'Import soil respiration observations'.</source>
      <translation>列 period_start に日付でない値があります({error})。「土壌呼吸観測値のインポート」が書き出す YYYY-MM-DD 形式である必要があります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="53" />
      <source>{moved} period_start values are not 8-day period starts (DOY 1, 9, ...); each was moved to the start of its period.</source>
      <translation>period_start の値のうち {moved} 個が8日間期間の開始日(DOY 1、9、...)ではありません。それぞれその期間の開始日に移動しました。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="60" />
      <source>The observation layer has no rows: run 'Import soil respiration observations' first, or check the layer's filter/selection.</source>
      <translation>観測レイヤに行がありません: 先に「土壌呼吸観測値のインポート」を実行するか、レイヤのフィルタ・選択を確認してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="66" />
      <source>The observation layer lacks column(s) {missing}; it needs {required} (the output of 'Import soil respiration observations').</source>
      <translation>観測レイヤに列 {missing} がありません。{required} が必要です(「土壌呼吸観測値のインポート」の出力)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="75" />
      <source>Sites without valid lon/lat (degrees, EPSG:4326): {sites}. Fix their coordinates.</source>
      <translation>有効な lon/lat(度、EPSG:4326)のないサイト: {sites}。座標を修正してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="121" />
      <source>Unknown missing-value policy '{missing}'; use drop or keep.</source>
      <translation>不明な欠測値の扱い '{missing}' です。drop または keep を使用してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="124" />
      <source>WINDOW_SIZE {window_size} must be odd (1, 3, 5, ...) so the window is centred on the site's cell.</source>
      <translation>ウィンドウがサイトのセルを中心とするように、WINDOW_SIZE {window_size} は奇数(1、3、5、...)でなければなりません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="137" />
      <source>The observation layer already has predictor column(s) {columns}: give the observation table, not a training table.</source>
      <translation>観測レイヤにはすでに説明変数の列 {columns} があります: 学習テーブルではなく観測テーブルを指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="160" />
      <source>Site(s) {sites} lie outside every predictor raster (extents as west, south, east, north: {extents}). Check that lon and lat are not swapped and are in degrees, or remove these sites from OBSERVATIONS.</source>
      <translation>サイト {sites} はすべての説明変数ラスタの範囲外にあります(範囲は西、南、東、北の順: {extents})。lon と lat が入れ替わっておらず度単位であることを確認するか、これらのサイトを OBSERVATIONS から除いてください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="173" />
      <source>No observation period ({first_observed}..{last_observed}) lies within the predictor catalog's periods ({first}..{last}). Add predictor rasters for the observation years, or use observations from the catalog's years.</source>
      <translation>説明変数カタログの期間({first}..{last})内にある観測期間({first_observed}..{last_observed})がありません。観測年の説明変数ラスタを追加するか、カタログの年の観測値を使用してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="183" />
      <source>{n_out} of {n_rows} observation rows fall outside the predictor catalog's periods ({first}..{last}): their time-varying predictors are the multi-year means of their periods (FILL_GAPS; &lt;variable&gt;_filled = 2).</source>
      <translation>観測行 {n_rows} 行のうち {n_out} 行が説明変数カタログの期間({first}..{last})外にあります: それらの時間変化する説明変数は、その期間の複数年平均になります(FILL_GAPS、&lt;variable&gt;_filled = 2)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="189" />
      <source>{n_out} of {n_rows} observation rows fall outside the predictor catalog's periods ({first}..{last}): their predictors are missing.</source>
      <translation>観測行 {n_rows} 行のうち {n_out} 行が説明変数カタログの期間({first}..{last})外にあります: それらの説明変数は欠測になります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="201" />
      <source>For the observation periods: {note}</source>
      <translation>観測期間について: {note}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="211" />
      <source>{warning} (yearly layer read for an observation year it does not cover).</source>
      <translation>{warning}(年ごとのレイヤを、その年がカバーしない観測年について読み込みました)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="224" />
      <source>Site {site}: outside the {variable} raster; {variable} is missing for its {n} rows.</source>
      <translation>サイト {site}: {variable} のラスタの範囲外です。このサイトの {n} 行では {variable} が欠測になります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="239" />
      <source>Site {site}: {variable} is missing (fill/no-data value or outside its valid range {low:g}..{high:g} {unit}) in {fill} of {n} periods.</source>
      <translation>サイト {site}: {n} 期間のうち {fill} 期間で {variable} が欠測です(欠測値/no-data 値、または有効範囲 {low:g}..{high:g} {unit} の外)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="245" />
      <source>Site {site}: {variable} is missing (fill/no-data value) in {fill} of {n} periods.</source>
      <translation>サイト {site}: {n} 期間のうち {fill} 期間で {variable} が欠測です(欠測値/no-data 値)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="251" />
      <source>Site {site}: no {variable} raster for {gap} of its periods.</source>
      <translation>サイト {site}: その期間のうち {gap} 期間について {variable} のラスタがありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="268" />
      <source>{variable}: {interpolated} rows interpolated in time and {climatology} from the multi-year mean of their period (FILL_GAPS; column {variable}_filled: 0 observed, 1 interpolated, 2 climatology, 3 missing).</source>
      <translation>{variable}: {interpolated} 行を時間方向に補間し、{climatology} 行をその期間の複数年平均で補いました(FILL_GAPS。列 {variable}_filled: 0 観測値、1 補間、2 気候値、3 欠測)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="286" />
      <source>Every observation row misses at least one predictor (most often missing: {worst}). Use MISSING=keep to inspect the table, or fill the gaps in PREDICTORS.</source>
      <translation>すべての観測行で少なくとも 1 つの説明変数が欠測しています(欠測の多いもの: {worst})。MISSING=keep でテーブルを確認するか、PREDICTORS の欠測を補ってください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="292" />
      <source>Dropped {n} of {rows} rows with a missing predictor (MISSING=drop).</source>
      <translation>{rows} 行のうち、説明変数が欠測している {n} 行を除外しました(MISSING=drop)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="296" />
      <source>Kept {n} rows with missing predictors as NaN (MISSING=keep).</source>
      <translation>説明変数が欠測している {n} 行を NaN のまま残しました(MISSING=keep)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/sampling.py" line="306" />
      <source>Training table: {rows} rows x {n} predictors ({predictors}).</source>
      <translation>学習テーブル: {rows} 行 × 説明変数 {n} 個({predictors})。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/selection.py" line="65" />
      <source>forward selection step {step}: + {predictor} (held-out RMSE {rmse:.3f})</source>
      <translation>前進選択のステップ {step}: + {predictor}(検証データでの RMSE {rmse:.3f})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/skill.py" line="26" />
      <source>predicting the mean of the training data</source>
      <translation>学習データの平均による予測</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/skill.py" line="27" />
      <source>the day-of-year climatology</source>
      <translation>通日の気候値</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/skill.py" line="28" />
      <source>the Q10 temperature response</source>
      <translation>Q10 温度応答</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/skill.py" line="29" />
      <source>the Lloyd-Taylor temperature response</source>
      <translation>Lloyd-Taylor 温度応答</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/skill.py" line="103" />
      <source>{model}: predictor '{predictor}' has a negative held-out importance ({increase:.3g} ({unit})2 under {scheme}): shuffling it makes the held-out predictions better, so what the model learnt from it does not transfer to held-out locations. Consider training without it (or with forward feature selection, FFS).</source>
      <translation>{model}: 説明変数 '{predictor}' の検証データでの重要度が負です({scheme}で {increase:.3g} ({unit})2): これをシャッフルすると検証データでの予測が良くなるため、モデルがこの説明変数から学んだことは除外した地点に当てはまりません。これを除いて(または前進的特徴量選択 FFS を使って)学習することを検討してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/skill.py" line="115" />
      <source>{model}: {scheme} R2 = {r2:.2f} &lt; 0: {words}.</source>
      <translation>{model}: {scheme}の R2 = {r2:.2f} &lt; 0: {words}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/skill.py" line="127" />
      <source>{model}: R2 &lt; 0 at {n} of {total} held-out locations (worst: {worst}, R2 {r2:.2f}); there the model is worse than predicting that place's own mean.</source>
      <translation>{model}: 除外した {total} 地点のうち {n} 地点で R2 &lt; 0 です(最悪: {worst}、R2 {r2:.2f})。そこではモデルは、その場所自身の平均による予測より劣ります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/skill.py" line="131" />
      <source>{model}: R2 &lt; 0 at {n} of {total} held-out sites (worst: {worst}, R2 {r2:.2f}); there the model is worse than predicting that place's own mean.</source>
      <translation>{model}: 除外した {total} サイトのうち {n} サイトで R2 &lt; 0 です(最悪: {worst}、R2 {r2:.2f})。そこではモデルは、その場所自身の平均による予測より劣ります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/skill.py" line="140" />
      <source>{model}: {meaning} under {scheme} (skill {skill:.2f} = 1 - MSE_model / MSE_baseline, {mse_model:.3g} vs {mse_baseline:.3g} ({unit})2).</source>
      <translation>{model}: {scheme}において{meaning}(スキル {skill:.2f} = 1 - MSE_model / MSE_baseline、{mse_model:.3g} 対 {mse_baseline:.3g} ({unit})2)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/units.py" line="42" />
      <source>Unknown flux unit '{unit}'. Use one of: {units}.</source>
      <translation>不明なフラックス単位 '{unit}' です。次のいずれかを使用してください: {units}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/validation.py" line="42" />
      <source>leave-one-location-out</source>
      <translation>1地点除外交差検証</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/validation.py" line="43" />
      <source>spatially blocked k-fold</source>
      <translation>空間ブロック k 分割交差検証</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/validation.py" line="44" />
      <source>leave-one-year-out</source>
      <translation>1年除外交差検証</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/validation.py" line="45" />
      <source>random k-fold (optimistic)</source>
      <translation>ランダム k 分割(楽観的)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/validation.py" line="46" />
      <source>out-of-bag (optimistic)</source>
      <translation>アウトオブバッグ(楽観的)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/validation.py" line="54" />
      <source>undefined</source>
      <translation>定義できない</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/validation.py" line="56" />
      <source>worse than predicting one constant, the mean of these observations: the model adds error instead of explaining variation</source>
      <translation>1 つの定数(これらの観測値の平均)による予測より劣る: モデルは変動を説明するどころか誤差を加えている</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/validation.py" line="59" />
      <source>little better than predicting the mean</source>
      <translation>平均による予測とほとんど変わらない</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/validation.py" line="60" />
      <source>explains {percent:.0f} % of the variance of the held-out observations</source>
      <translation>検証データの観測値の分散の {percent:.0f} % を説明する</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/validation.py" line="68" />
      <source>worse than {baseline}</source>
      <translation>{baseline}より劣る</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/validation.py" line="69" />
      <source>{percent:.0f} % lower mean squared error than {baseline}</source>
      <translation>{baseline}より平均二乗誤差が {percent:.0f} % 小さい</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/validation.py" line="93" />
      <source>Leave-one-location-out (the default validation) needs at least 2 sites; the table has {n} ({sites}) in its '{column}' column among the rows with a target value. A validation blocked by location cannot hold out the only site. Add observations of more sites to the training table; or, knowingly, choose only leave-one-year-out, random k-fold or out-of-bag: they test on days of the site the model was trained on, so their scores are optimistic and say nothing about other places.</source>
      <translation>1地点除外交差検証(既定の検証)には少なくとも 2 サイトが必要ですが、テーブルの目的変数のある行の '{column}' 列には {n} サイト({sites})しかありません。地点でブロックした検証では、唯一のサイトを除外することはできません。学習テーブルにほかのサイトの観測値を追加してください。または、承知のうえで 1年除外交差検証、ランダム k 分割、アウトオブバッグだけを選択してください: これらはモデルが学習したサイトの別の日で検証するため、スコアは楽観的で、ほかの場所については何もわかりません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/validation.py" line="115" />
      <source>{scheme} needs a 'site' column.</source>
      <translation>{scheme}には 'site' 列が必要です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/validation.py" line="124" />
      <source>{scheme} needs at least 2 locations, but all {n} sites ({sites}) form one location ({location}): they lie within the location distance of each other or share a site id. Lower 'Sites closer than this form one location (km)' (LOCATION_DISTANCE) or choose another 'Site id field' (LOCATION_FIELD) if they really are independent places, or add sites.</source>
      <translation>{scheme}には少なくとも 2 地点が必要ですが、{n} サイト({sites})のすべてが 1 地点({location})になっています: 互いに地点の距離以内にあるか、サイト ID が同じです。本当に独立した場所であれば「この距離より近いサイトを 1 地点とする(km)」(LOCATION_DISTANCE)を小さくするか、別の「サイト ID のフィールド」(LOCATION_FIELD)を選択してください。またはサイトを追加してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/validation.py" line="137" />
      <source>Leave-one-year-out needs a 'period_start' column.</source>
      <translation>1年除外交差検証には 'period_start' 列が必要です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/validation.py" line="142" />
      <source>Leave-one-year-out needs at least 2 years; the table only has {year}.</source>
      <translation>1年除外交差検証には少なくとも 2 年が必要ですが、テーブルには {year} 年しかありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/validation.py" line="152" />
      <source>Random {k}-fold needs at least {k} rows; the table has {n}.</source>
      <translation>ランダム {k} 分割には少なくとも {k} 行が必要ですが、テーブルには {n} 行しかありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/menu.py" line="11" />
      <source>&amp;Soil Respiration</source>
      <translation>土壌呼吸(&amp;S)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/menu.py" line="30" />
      <source>Create synthetic demo dataset…</source>
      <translation>合成デモデータセットを作成…</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/menu.py" line="42" />
      <source>Upscale in background…</source>
      <translation>バックグラウンドでアップスケーリング…</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/menu.py" line="43" />
      <source>Aggregate SR maps in time…</source>
      <translation>土壌呼吸マップの時間集計…</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/temporal_layers.py" line="52" />
      <source>SR</source>
      <translation>土壌呼吸</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/temporal_layers.py" line="52" />
      <source>Soil respiration ({})</source>
      <translation>土壌呼吸({})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/temporal_layers.py" line="54" />
      <source>SR SD</source>
      <translation>土壌呼吸 SD</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/temporal_layers.py" line="54" />
      <source>SR uncertainty, SD of the trees ({})</source>
      <translation>土壌呼吸の不確実性: 木の予測値の標準偏差({})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/temporal_layers.py" line="56" />
      <source>DI</source>
      <translation>DI</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/temporal_layers.py" line="56" />
      <source>Dissimilarity index (dimensionless)</source>
      <translation>非類似度指数(無次元)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/temporal_layers.py" line="58" />
      <source>AOA</source>
      <translation>AOA</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/temporal_layers.py" line="119" />
      <source>{}: {} to {}</source>
      <translation>{}: {} 〜 {}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/temporal_layers.py" line="270" />
      <source>outside the area of applicability</source>
      <translation>適用可能領域の外側</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/temporal_layers.py" line="272" />
      <source>inside (transparent)</source>
      <translation>内側(透明)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="38" />
      <source>Predictor folders</source>
      <translation>説明変数フォルダ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="39" />
      <source>First day</source>
      <translation>開始日</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="40" />
      <source>Last day</source>
      <translation>終了日</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="41" />
      <source>Output folder</source>
      <translation>出力フォルダ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="42" />
      <source>Uncertainty (SD of the trees)</source>
      <translation>不確実性(木の予測値の標準偏差)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="43" />
      <source>Dissimilarity index</source>
      <translation>非類似度指数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="44" />
      <source>Area-of-applicability mask</source>
      <translation>適用可能領域マスク</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="45" />
      <source>Resume: keep complete maps in the output folder</source>
      <translation>再開: 出力フォルダ内の完成したマップを残す</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="46" />
      <source>Load uncertainty and applicability maps as their own time series</source>
      <translation>不確実性マップと適用可能領域マップをそれぞれ独立した時系列として読み込む</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="75" />
      <source>Upscale soil respiration in the background</source>
      <translation>土壌呼吸のアップスケーリング(バックグラウンド)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="78" />
      <source>Model bundle (*.joblib)</source>
      <translation>モデルバンドル (*.joblib)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="81" />
      <source>One predictor folder per line</source>
      <translation>1 行に 1 つの説明変数フォルダ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="83" />
      <source>Add folder…</source>
      <translation>フォルダを追加…</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="175" />
      <source>Predictor coverage is read when you press OK or add a folder.</source>
      <translation>説明変数の期間は、OK を押すかフォルダを追加したときに読み込まれます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="203" />
      <source>No period in which all time-varying predictors have data.</source>
      <translation>すべての時間変化する説明変数にデータがある期間がありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="206" />
      <source>Predictors: {} time-varying, all present from {} to {}.</source>
      <translation>説明変数: 時間変化するもの {} 個、すべてそろう期間は {} 〜 {}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="243" />
      <source>choose the model bundle (.joblib) written by 'Train soil respiration models'.</source>
      <translation>「土壌呼吸モデルの学習」が書き出したモデルバンドル(.joblib)を選択してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="246" />
      <source>{} is a folder; choose the .joblib file in it.</source>
      <translation>{} はフォルダです。その中の .joblib ファイルを選択してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="248" />
      <source>{} does not exist.</source>
      <translation>{} は存在しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="251" />
      <source>add at least one folder of predictor rasters (one per line, or 'Add folder…').</source>
      <translation>説明変数ラスタのフォルダを 1 つ以上追加してください(1 行に 1 つ、または「フォルダを追加…」)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="255" />
      <source>{} is not an existing folder.</source>
      <translation>{} は既存のフォルダではありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="261" />
      <source>{} is before the first day, {}.</source>
      <translation>{} は開始日 {} より前です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="265" />
      <source>{} to {} lies outside the predictors' common coverage, {} to {}.</source>
      <translation>{} 〜 {} は説明変数が共通してそろう期間 {} 〜 {} の外にあります。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="270" />
      <source>choose a folder for the maps: a new or empty one, or the folder of an earlier run with '{}' ticked.</source>
      <translation>マップのフォルダを選択してください: 新規または空のフォルダ、あるいは「{}」にチェックを入れて以前の実行のフォルダ。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="274" />
      <source>{} is a file, not a folder.</source>
      <translation>{} はフォルダではなくファイルです。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="279" />
      <source>{} lies inside the input folder {}; choose a folder outside the inputs.</source>
      <translation>{} は入力フォルダ {} の中にあります。入力の外にあるフォルダを選択してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="290" />
      <source>it already holds {} maps of these dates (e.g. {}). Tick '{}' to keep them and compute the rest, or choose another folder.</source>
      <translation>このフォルダにはすでにこれらの日付のマップが {} 枚あります(例: {})。それらを残して残りを計算するには「{}」にチェックを入れるか、別のフォルダを選択してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_dialog.py" line="299" />
      <source>Please correct:</source>
      <translation>次の点を修正してください:</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="87" />
      <source>Upscaling soil respiration</source>
      <translation>土壌呼吸をアップスケーリング中</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="123" />
      <source>'{}' ticked</source>
      <translation>「{}」にチェック</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="129" />
      <source>Cancelled before any map was finished; no unfinished file was left.</source>
      <translation>マップが 1 枚も完成する前にキャンセルされました。未完成のファイルは残っていません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="138" />
      <source>Upscaling failed: {}</source>
      <translation>アップスケーリングに失敗しました: {}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="146" />
      <source>Loading the maps failed: {}</source>
      <translation>マップの読み込みに失敗しました: {}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="164" />
      <source>Upscaling done: {} maps in {}</source>
      <translation>アップスケーリング完了: {} 枚のマップを {} に出力しました</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="170" />
      <source>Upscaling cancelled; finished maps are kept.</source>
      <translation>アップスケーリングはキャンセルされました。完成したマップは残されています。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="213" />
      <source>Soil respiration</source>
      <translation>土壌呼吸</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="214" />
      <source>Upscaling started in the background (see the task manager; cancel there).</source>
      <translation>バックグラウンドでアップスケーリングを開始しました(タスクマネージャーで確認・キャンセルできます)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/provider.py" line="25" />
      <source>Train soil respiration models from COSORE folders</source>
      <translation>COSORE フォルダから土壌呼吸モデルを学習</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/provider.py" line="26" />
      <source>Whole chain: observations to maps, totals and intercomparison</source>
      <translation>全工程: 観測値からマップ・積算値・相互比較まで</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/provider.py" line="51" />
      <source>0. Complete workflows</source>
      <translation>0. 一括ワークフロー</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/provider.py" line="114" />
      <source>Soil respiration upscaling</source>
      <translation>土壌呼吸アップスケーリング</translation>
    </message>
  </context>
</TS>
