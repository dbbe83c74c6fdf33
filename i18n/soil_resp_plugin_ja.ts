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

Gaps of the time-varying predictors (clouds in LST and vegetation indices, fill, QC-masked pixels) are filled in time first ('Fill gaps of predictors in time' (FILL_GAPS), on by default): per pixel, linear interpolation across at most 'Longest gap to interpolate' (MAX_FILL_GAP) missing 8-day periods (default 3), else the multi-year mean of that period of the year (climatology). Each period then also gets filled_YYYYDDD.tif (uint32 bit mask, with filled.vrt): bit i (value 2^i) is set where the i-th time-varying predictor of the model was filled (the legend is in the metadata, FILLED_BIT_i / FILLED_LEGEND), 0 where nothing was filled, 4294967295 where nothing was mapped. With 'Fill gaps of predictors in time' (FILL_GAPS) off, or where a predictor stays missing (e.g. over the sea), only pixels where every predictor has a value (and inside 'Mask' (MASK) / 'Land-cover classes to map' (LANDCOVER_CLASSES)) are predicted. The grid defaults to that of the model's first time-varying predictor; 'Extent' (EXTENT), 'Target CRS' (TARGET_CRS) and 'Cell size in target CRS units' (RESOLUTION) make another one, and predictors on other grids are resampled onto it by meaning: area mean of the valid cells when coarsening (the class covering most of the cell for land cover), bilinear when refining (nearest for land cover). What had to be composited or resampled is kept for later runs on the same grid ('Keep prepared predictors for later runs' (KEEP_PREPARED), on by default), which then skip decoding the raw files.

'Uncertainty' (UNCERTAINTY) adds sr_sd_YYYYDDD.tif, the standard deviation of the trees' predictions. 'Area of applicability outputs' (AOA) adds the dissimilarity index (di_YYYYDDD.tif) and/or the area-of-applicability mask (aoa_YYYYDDD.tif: 1 inside, 0 where the model extrapolates).

Safe to interrupt: every file is written under a hidden temporary name and renamed when complete, so a cancelled or failed run leaves no finished-looking file. 'Resume' (RESUME) skips periods whose maps are complete (same model and grid) and computes the rest. A folder holding maps of another model or grid is refused; nothing is overwritten unasked.

Runs on 'Threads' (THREADS) threads; with 'dask scheduler address' (DASK_SCHEDULER) (or the environment variable SOILRESP_DASK_SCHEDULER) the work goes to a dask.distributed cluster whose workers can read the model and predictor paths. For long runs from the desktop use the menu 'Soil Respiration &gt; Upscale in background…', which loads the maps as a time series.

Predictors: folders (scanned recursively) and/or files. Recognised names: AppEEARS GeoTIFFs (MOD11A2.061_LST_Day_1km_doy2005001_aid0001.tif, MOD13A2, MOD15A2H, MOD17A2HGF, MYD equivalents), MODIS HDF4 granules (MOD13A2.A2016145.h18v04.006.*.hdf), MODIStsp files (MOD13A1_NDVI_2016_001.tif), &lt;variable&gt;_doy&lt;YYYYDDD&gt;.tif for soil_temperature and soil_moisture, land cover (MCD12) and elevation, and anything in a static/ folder (used for every date). Other files (e.g. truth/ maps of the target) are skipped and listed in the log. 'File name pattern' (PATTERN) reads your own names: a regular expression with named groups variable and year+doy or date, or a strftime format such as {variable}_%Y%m%d.tif. Multi-band files need one date per band description.

Values are converted to physical units with each product's scale factor (MOD11 LST x 0.02 K, MOD13 /10000, MOD15 LAI x 0.1 and FPAR x 0.01, MOD17 GPP x 0.0001); fill values become missing; files already stored as float are taken as scaled. 16-day products (MOD13) are mapped onto 8-day periods as chosen in '16-day products onto 8-day periods' (TEMPORAL_MAPPING). Values outside a variable's plausible range (e.g. LST in degrees Celsius instead of kelvin, unscaled NDVI saved as float) stop the run with the suspected unit, or warn when only some values are affected.

A browser's second download of a file (name ending ' (1).tif') is read like the original; when both are present and identical, one copy is used.

Daily products (MOD11A1, MYD11A1) are averaged over the valid days of each 8-day period; 'Daily products: valid days' (MIN_VALID_DAYS; advanced, 1..8, default 2) is how many valid days a pixel needs, fewer leave it missing. Tiles of one date are read as one mosaic. GDAL virtual paths (/vsicurl/https://..., /vsis3/bucket/...) are accepted as files.

The scan is cached in the user's cache folder (~/.cache/soil_resp_plugin, or SOILRESP_CACHE_DIR), never in the data folders: re-opening unchanged files takes seconds; a file whose size or modification time changed, and every added file, is opened again.</source>
      <translation>(「土壌呼吸モデルの学習」で作成した)モデルを説明変数ラスタに適用し、8日間期間ごとに 1 枚の土壌呼吸マップを g C m-2 d-1(期間平均の日速度)で書き出します: 「マップの出力フォルダ」(OUTPUT_FOLDER)/sr_YYYYDDD.tif(float32、256x256 タイル、ZSTD 圧縮、nodata -9999、日付と単位はメタデータに記録)と、期間ごとに 1 バンドを時間順にもつ sr.vrt。

時間変化する説明変数の欠測(地表面温度や植生指数の雲、フィル値、QC でマスクされたピクセル)は、まず時間方向に補間されます(「説明変数の欠測を時間方向に補間」(FILL_GAPS)、既定で有効): ピクセルごとに、連続して欠測した8日間期間の数が「補間する最長の欠測」(MAX_FILL_GAP)以下(既定 3)であれば線形補間し、それより長い場合は年内の同じ期間の複数年平均(気候値)で補います。各期間には filled_YYYYDDD.tif(uint32 のビットマスク、filled.vrt 付き)も出力されます: モデルの i 番目の時間変化する説明変数が補間された場所ではビット i(値 2^i)が立ち(凡例はメタデータの FILLED_BIT_i / FILLED_LEGEND)、何も補間されなかった場所は 0、何もマップ化されなかった場所は 4294967295 になります。「説明変数の欠測を時間方向に補間」(FILL_GAPS)が無効の場合や、説明変数が欠測のまま残る場所(例: 海上)では、すべての説明変数に値がある(かつ「マスク」(MASK) / 「マップ化する土地被覆クラス」(LANDCOVER_CLASSES)の内側にある)ピクセルだけを予測します。グリッドは既定でモデルの最初の時間変化する説明変数のグリッドです。「範囲」(EXTENT)、「出力 CRS」(TARGET_CRS)、「出力 CRS の単位でのセルサイズ」(RESOLUTION)で別のグリッドを作成でき、他のグリッド上の説明変数は意味に応じてそのグリッドへリサンプリングされます: 粗くするときは有効セルの面積平均(土地被覆はセルの最大面積を占めるクラス)、細かくするときはバイリニア(土地被覆は最近傍)。合成やリサンプリングが必要だった説明変数は同じグリッドでの後の実行のために保存され(「準備済みの説明変数を後の実行のために保存」(KEEP_PREPARED)、既定で有効)、後の実行では元ファイルのデコードを省きます。

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
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="142" />
      <source>Model file (from Train soil respiration models)</source>
      <translation>モデルファイル(「土壌呼吸モデルの学習」の出力)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="143" />
      <source>A .joblib model written by 'Train soil respiration models', with its .json sidecar. Its predictors are read from the catalog. Open only models you trust: loading one runs code.</source>
      <translation>「土壌呼吸モデルの学習」が書き出した .joblib モデルと .json サイドカー。説明変数はカタログから読みます。信頼できるモデルだけを開いてください: 読み込むとコードが実行されます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="149" />
      <source>First day (its 8-day period is the first map)</source>
      <translation>開始日(その日を含む8日間期間が最初のマップ)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="150" />
      <source>The 8-day period containing this day is the first map. Empty (default): the first period of the model's time-varying predictors in the catalog.</source>
      <translation>この日を含む8日間期間が最初のマップになります。空欄(既定): カタログにあるモデルの時間変化する説明変数の最初の期間。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="155" />
      <source>Last day (its 8-day period is the last map)</source>
      <translation>終了日(その日を含む8日間期間が最後のマップ)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="156" />
      <source>The 8-day period containing this day is the last map. Empty (default): the last period of the model's time-varying predictors in the catalog.</source>
      <translation>この日を含む8日間期間が最後のマップになります。空欄(既定): カタログにあるモデルの時間変化する説明変数の最後の期間。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="161" />
      <source>Uncertainty: standard deviation of the trees (sr_sd_*)</source>
      <translation>不確実性: 木の予測値の標準偏差(sr_sd_*)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="162" />
      <source>Off by default. On: also writes sr_sd_YYYYDDD.tif, the standard deviation of the trees' predictions (g C m-2 d-1).</source>
      <translation>既定で無効。有効: 木の予測値の標準偏差 sr_sd_YYYYDDD.tif(g C m-2 d-1)も書き出します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="166" />
      <source>Area of applicability outputs</source>
      <translation>適用可能領域(AOA)の出力</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="167" />
      <source>Also writes the dissimilarity index (di_YYYYDDD.tif) and/or the area-of-applicability mask (aoa_YYYYDDD.tif: 1 inside, 0 where the model extrapolates). Default: none.</source>
      <translation>非類似度指数(di_YYYYDDD.tif)と適用可能領域マスク(aoa_YYYYDDD.tif: 内側 1、モデルが外挿する場所 0)の一方または両方も書き出します。既定: なし。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="167" />
      <source>Applicability mask only</source>
      <translation>適用可能領域マスクのみ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="167" />
      <source>Dissimilarity index and applicability mask</source>
      <translation>非類似度指数と適用可能領域マスク</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="167" />
      <source>Dissimilarity index only</source>
      <translation>非類似度指数のみ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="167" />
      <source>None</source>
      <translation>なし</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="172" />
      <source>Resume: keep complete maps in the output folder, compute the rest</source>
      <translation>再開: 出力フォルダ内の完成したマップを残し、残りを計算する</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="173" />
      <source>Off by default. On: periods whose maps in the output folder are complete (same model and grid) are kept and only the rest is computed, e.g. after a cancelled run.</source>
      <translation>既定で無効。有効: 出力フォルダでマップが完成している期間(同じモデル・同じグリッド)を残し、残りだけを計算します(例: 中止した実行の後)。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="178" />
      <source>Extent (default: predictors')</source>
      <translation>範囲(既定: 説明変数の範囲)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="179" />
      <source>Area to map. Default: the grid of the model's first time-varying predictor.</source>
      <translation>マップ化する範囲。既定: モデルの最初の時間変化する説明変数のグリッド。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="182" />
      <source>Target CRS (default: predictors')</source>
      <translation>出力 CRS(既定: 説明変数の CRS)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="183" />
      <source>Coordinate reference system of the maps. Default: that of the predictors; other predictors are reprojected onto the grid.</source>
      <translation>マップの座標参照系。既定: 説明変数の CRS。他の説明変数はこのグリッドに再投影されます。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="187" />
      <source>Cell size in target CRS units (0: predictors')</source>
      <translation>出力 CRS の単位でのセルサイズ(0: 説明変数のセルサイズ)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="188" />
      <source>Cell size of the maps in units of 'Target CRS' (TARGET_CRS). 0 (default): the predictors' cell size.</source>
      <translation>「出力 CRS」(TARGET_CRS)の単位でのマップのセルサイズ。0(既定): 説明変数のセルサイズ。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="192" />
      <source>Mask: predict inside these polygons / non-zero raster cells</source>
      <translation>マスク: これらのポリゴン内 / ラスタの非ゼロセルでのみ予測</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="194" />
      <source>Only cells inside these polygons, or the non-zero cells of this raster, are predicted. Empty (default): every cell where all predictors have a value.</source>
      <translation>これらのポリゴン内、またはこのラスタの非ゼロセルだけを予測します。空欄(既定): すべての説明変数に値があるすべてのセル。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="199" />
      <source>Land-cover classes to map (IGBP; none: all)</source>
      <translation>マップ化する土地被覆クラス(IGBP。指定なし: すべて)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>0 Water</source>
      <translation>0 水域</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>1 Evergreen needleleaf forest</source>
      <translation>1 常緑針葉樹林</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>10 Grasslands</source>
      <translation>10 草地</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>11 Permanent wetlands</source>
      <translation>11 永久湿地</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>12 Croplands</source>
      <translation>12 農地</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>13 Urban and built-up</source>
      <translation>13 都市・市街地</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>14 Cropland/natural vegetation mosaic</source>
      <translation>14 農地・自然植生モザイク</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>15 Snow and ice</source>
      <translation>15 雪氷</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>16 Barren</source>
      <translation>16 裸地</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>2 Evergreen broadleaf forest</source>
      <translation>2 常緑広葉樹林</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>3 Deciduous needleleaf forest</source>
      <translation>3 落葉針葉樹林</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>4 Deciduous broadleaf forest</source>
      <translation>4 落葉広葉樹林</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>5 Mixed forests</source>
      <translation>5 混交林</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>6 Closed shrublands</source>
      <translation>6 閉鎖低木林</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>7 Open shrublands</source>
      <translation>7 疎開低木林</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>8 Woody savannas</source>
      <translation>8 木本サバンナ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>9 Savannas</source>
      <translation>9 サバンナ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="200" />
      <source>Only cells of these IGBP land-cover classes are mapped (needs land cover among the predictors). None selected (default): all classes.</source>
      <translation>これらの IGBP 土地被覆クラスのセルだけをマップ化します(説明変数の中に土地被覆が必要)。選択なし(既定): すべてのクラス。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="205" />
      <source>Threads (0: all cores)</source>
      <translation>スレッド数(0: 全コア)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="207" />
      <source>Threads of the run (0, the default: all cores). More than the machine's cores are reduced to its cores with a warning.</source>
      <translation>実行のスレッド数(0 が既定: 全コア)。マシンのコア数を超える値は、警告とともにコア数に減らします。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="211" />
      <source>dask scheduler address (e.g. tcp://host:8786)</source>
      <translation>dask スケジューラのアドレス(例: tcp://host:8786)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="212" />
      <source>Address of a dask.distributed scheduler, e.g. tcp://host:8786; its workers must be able to read the model and predictor paths. Empty (default): the environment variable SOILRESP_DASK_SCHEDULER, else this machine.</source>
      <translation>dask.distributed スケジューラのアドレス(例: tcp://host:8786)。ワーカーがモデルと説明変数のパスを読める必要があります。空欄(既定): 環境変数 SOILRESP_DASK_SCHEDULER、なければこのマシン。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="219" />
      <source>Fill gaps of predictors in time (interpolation, then climatology)</source>
      <translation>説明変数の欠測を時間方向に補間(線形補間、次に気候値)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="220" />
      <source>On by default: gaps of the time-varying predictors are filled per pixel by linear interpolation in time, else by the multi-year mean of that period, and filled_YYYYDDD.tif records where. Off: only cells where every predictor has a value are predicted.</source>
      <translation>既定で有効: 時間変化する説明変数の欠測をピクセルごとに時間方向の線形補間で、なければその期間の複数年平均で補い、filled_YYYYDDD.tif に補った場所を記録します。無効: すべての説明変数に値があるセルだけを予測します。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="227" />
      <source>Longest gap to interpolate (8-day periods; longer: climatology)</source>
      <translation>補間する最長の欠測(8日間期間の数。これより長い場合: 気候値)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="229" />
      <source>With 'Fill gaps of predictors in time' (FILL_GAPS) on: gaps of at most this many 8-day periods (0 to 46, default 3) are interpolated; longer ones get the multi-year mean.</source>
      <translation>「説明変数の欠測を時間方向に補間」(FILL_GAPS)が有効なとき: この数以下(0〜46、既定 3)の8日間期間の欠測を補間し、それより長い欠測は複数年平均で補います。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="235" />
      <source>Keep prepared predictors for later runs (user cache folder)</source>
      <translation>準備済みの説明変数を後の実行のために保存(ユーザーのキャッシュフォルダ)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="236" />
      <source>On by default: predictors that had to be composited (daily, Terra and Aqua, 16-day) or resampled onto the grid are kept in the user cache folder (~/.cache/soil_resp_plugin/prepared, or SOILRESP_CACHE_DIR) and read back by later runs on the same grid, such as the second model or a re-run, which then skip decoding the raw files. A changed input file is prepared again. The folder is kept under 50 GB (environment variable SOILRESP_PREPARED_MAX_GB), the oldest blocks removed first. Off: nothing is kept.</source>
      <translation>既定で有効: 合成(日別、Terra と Aqua、16日)やグリッドへのリサンプリングが必要だった説明変数をユーザーのキャッシュフォルダ(~/.cache/soil_resp_plugin/prepared、または SOILRESP_CACHE_DIR)に保存し、同じグリッドでの後の実行(2 つ目のモデルや再実行など)で読み戻します。後の実行では元ファイルのデコードを省きます。変更された入力ファイルは再び準備されます。フォルダは 50 GB 以下に保たれ(環境変数 SOILRESP_PREPARED_MAX_GB)、古いブロックから削除されます。無効: 何も保存しません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="247" />
      <source>Workers write their own tiles (shared storage; with DASK_SCHEDULER)</source>
      <translation>ワーカーが各自のタイルを書き込む(共有ストレージ。DASK_SCHEDULER 使用時)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="248" />
      <source>With 'dask scheduler address' (DASK_SCHEDULER): the workers write their tiles themselves instead of sending them back; needs storage shared with this machine. Off by default.</source>
      <translation>「dask スケジューラのアドレス」(DASK_SCHEDULER)の指定時: ワーカーがタイルを送り返さずに自分で書き込みます。このマシンと共有のストレージが必要です。既定で無効。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="255" />
      <source>Folder for sr_YYYYDDD.tif (one map per 8-day period, g C m-2 d-1) and sr.vrt. A folder holding maps of another model or grid is refused; nothing is overwritten unasked.</source>
      <translation>sr_YYYYDDD.tif(8日間期間ごとに 1 枚、g C m-2 d-1)と sr.vrt のフォルダ。別のモデルやグリッドのマップを含むフォルダは拒否します。指示なしに上書きすることはありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="255" />
      <source>Output folder for the maps</source>
      <translation>マップの出力フォルダ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="260" />
      <source>SR time series (VRT, one band per period)</source>
      <translation>土壌呼吸の時系列(VRT、期間ごとに 1 バンド)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="261" />
      <source>Folder of the maps</source>
      <translation>マップのフォルダ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="262" />
      <source>Periods mapped</source>
      <translation>マップ化した期間数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="263" />
      <source>Periods kept (resume)</source>
      <translation>残した期間数(再開)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="264" />
      <source>Pixels predicted</source>
      <translation>予測したピクセル数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="265" />
      <source>Maps written (JSON)</source>
      <translation>書き出したマップ(JSON)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="302" />
      <source>{name} ticked (qgis_process: RESUME=true)</source>
      <translation>{name} にチェックを入れる(qgis_process では RESUME=true)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="309" />
      <source> (The address came from the environment variable {}; unset it to run on this machine.)</source>
      <translation>(このアドレスは環境変数 {} から取得されました。このマシンで実行するには、その環境変数を解除してください。)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="358" />
      <source>the model uses no time-varying predictor to take the dates from: give it and {}.</source>
      <translation>モデルには日付の基準にできる時間変化する説明変数がありません。この値と {} を指定してください。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="362" />
      <source>{end} is before {name} {start}; give a last day on or after the first.</source>
      <translation>{end} は {name} {start} より前です。開始日以降の終了日を指定してください。</translation>
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
      <location filename="../soil_resp_plugin/core/report.py" line="314" />
      <source>Flags</source>
      <translation>注意事項</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="316" />
      <source>No flags: no predictor with negative held-out importance, R2 &gt;= 0 and better than every baseline under {scheme}.</source>
      <translation>注意事項はありません: {scheme} において、検証データでの重要度が負の説明変数はなく、R2 &gt;= 0 で、すべてのベースラインより優れています。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="334" />
      <source>Locations ({locations} from {sites} sites)</source>
      <translation>地点({sites} サイトから {locations} 地点)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="380" />
      <source>Baselines and skill</source>
      <translation>ベースラインとスキル</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="613" />
      <source>Quality control of the observations (provenance)</source>
      <translation>観測値の品質管理(来歴)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="624" />
      <source>QC tests and their settings:</source>
      <translation>品質管理テストとその設定:</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="628" />
      <source>Fault tests per chamber:</source>
      <translation>チャンバーごとの異常検査:</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="660" />
      <source>Soil respiration models</source>
      <translation>土壌呼吸モデル</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="668" />
      <source>SYNTHETIC DATA: these models were trained on the synthetic demo dataset. The numbers show how the tool works, not real soil respiration.</source>
      <translation>合成データ: これらのモデルは合成デモデータセットで学習されました。数値はツールの動作を示すもので、実際の土壌呼吸ではありません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="672" />
      <source>Target &lt;b&gt;{target}&lt;/b&gt; [{unit}]; {used} of {rows} rows used, {sites} sites, {periods} 8-day periods ({first} to {last}). All models were trained and validated on the same rows. Primary scheme: {scheme}.</source>
      <translation>目的変数 &lt;b&gt;{target}&lt;/b&gt; [{unit}]。{rows} 行のうち {used} 行を使用、{sites} サイト、8日間期間 {periods} 個({first} から {last})。すべてのモデルは同じ行で学習・検証されました。主たる検証方式: {scheme}。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="687" />
      <source>Cross-validated metrics (pooled)</source>
      <translation>交差検証による評価指標(全体)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="706" />
      <source>Metrics per location (sites held out together)</source>
      <translation>地点ごとの評価指標(同じ地点のサイトはまとめて除外)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="707" />
      <source>Metrics per site</source>
      <translation>サイトごとの評価指標</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="708" />
      <source>Metrics per season (DJF/MAM/JJA/SON)</source>
      <translation>季節ごとの評価指標(DJF/MAM/JJA/SON)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="718" />
      <source>Observed vs predicted ({scheme})</source>
      <translation>観測値と予測値({scheme})</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="726" />
      <source>Time series per site ({scheme} predictions)</source>
      <translation>サイトごとの時系列({scheme} による予測)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="730" />
      <source>Predictor importance</source>
      <translation>説明変数の重要度</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="751" />
      <source>Forward feature selection: {model}</source>
      <translation>前進的特徴量選択: {model}</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="763" />
      <source>Partial dependence of the final models</source>
      <translation>最終モデルの部分依存</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="764" />
      <source>Average prediction when one predictor is set to each value (5th–95th percentile of the training data) and the others keep their training values.</source>
      <translation>1つの説明変数を各値(学習データの5–95パーセンタイル)に固定し、他の説明変数は学習データの値のままとしたときの予測値の平均です。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="771" />
      <source>Area of applicability</source>
      <translation>適用可能領域</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="788" />
      <source>Data</source>
      <translation>データ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="797" />
      <source>Models and settings</source>
      <translation>モデルと設定</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="813" />
      <source>Grid search for {model} (candidates with pooled held-out RMSE [{unit}], {scheme} folds; CV metrics above come from a nested search inside each fold):</source>
      <translation>{model} のグリッドサーチ(候補と、{scheme} の分割での検証データ全体の RMSE [{unit}]。上の交差検証の評価指標は各分割の内側で入れ子にした探索によるものです):</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/core/report.py" line="826" />
      <source>Seed {seed}; versions: {versions}</source>
      <translation>シード {seed}、バージョン: {versions}</translation>
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
