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
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="24" />
      <source>Upscaling</source>
      <translation>アップスケーリング</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="27" />
      <source>Turns the 8-day maps of 'Upscale soil respiration maps' (their folder, or sr.vrt) into totals, day-weighted: monthly/sr_month_YYYYMM.tif (g C m-2 month-1; an 8-day period that straddles two months gives each month its own days), annual/sr_annual_YYYY.tif (g C m-2 yr-1; the year-end period counts 5 or 6 days), sr_annual_mean.tif (mean of the complete years) and climatology/sr_clim_MM.tif (mean daily rate of each calendar month over the years, g C m-2 d-1).

A year (or month) is totalled only when every one of its periods has a map: a year with missing periods is reported with its coverage and gets no annual total, rather than a total that is silently too small. Pixel gaps (e.g. cloudy predictors) of at most MAX_GAP consecutive periods are filled by linear interpolation in time; pixels with longer gaps get no total.

Region totals in Tg C yr-1 use exact cell areas (on a geographic grid, ellipsoidal band areas that shrink with latitude; on a projected grid the nominal cell area, exact for equal-area projections). They are printed and written to totals.csv and the table output, with coverage, mapped area and the share of gap-filled values.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="47" />
      <source>Folder of 8-day SR maps (sr_YYYYDDD.tif)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="50" />
      <source>…or the SR time series VRT (band descriptions = dates)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="53" />
      <source>Fill pixel gaps of at most this many periods (0: no filling)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="57" />
      <source>Output folder for the totals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="59" />
      <source>Region totals per year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="62" />
      <source>Mean annual SR (g C m-2 yr-1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="63" />
      <source>Totals table (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="65" />
      <source>Mean annual region total (Tg C yr-1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/aggregate_time.py" line="67" />
      <source>Complete years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="42" />
      <source>Data</source>
      <translation>データ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/base.py" line="91" />
      <source>Cancelled: no output was finalised; outputs from earlier runs are untouched.</source>
      <translation>キャンセルされました。出力は確定されておらず、以前の実行結果は変更されていません。</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/build_catalog.py" line="17" />
      <source>Describe predictor catalog</source>
      <translation>説明変数カタログの概要</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/build_catalog.py" line="35" />
      <source>Predictor catalog</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/build_catalog.py" line="37" />
      <source>Number of variables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/build_catalog.py" line="38" />
      <source>First period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/build_catalog.py" line="39" />
      <source>Last period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="102" />
      <source>Minimum land fraction of a coarse cell (0: any land)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="107" />
      <source>Extra fill value of the product (besides -999, _FillValue, nodata)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="111" />
      <source>Fill pixel gaps of our 8-day maps of at most this many periods</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="120" />
      <source>Comparison statistics</source>
      <translation>比較統計</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="122" />
      <source>Comparison statistics (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="123" />
      <source>CSV files (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="125" />
      <source>Mean difference, other - ours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="127" />
      <source>Comparison report</source>
      <translation>比較レポート</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="127" />
      <source>HTML files (*.html)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="48" />
      <source>Compare SR maps with another product</source>
      <translation>土壌呼吸マップと他のプロダクトの比較</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="49" />
      <source>Intercomparison</source>
      <translation>相互比較</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="52" />
      <source>Compares our SR maps (the folder of 8-day sr_YYYYDDD.tif maps of 'Upscale soil respiration maps', any *YYYYDDD*.tif series in g C m-2 d-1 such as the demo's truth/, or the monthly/annual totals of 'Aggregate SR maps in time') with another gridded SR product: a netCDF (e.g. Hashimoto et al. 2015: 0.5°, longitudes 0–360, fill -999, CF time) or a GeoTIFF (e.g. Warner et al. 2019: one static annual map, EPSG:4326).

Both are brought to the coarser grid (area-weighted mean of the finer one's valid cells; a cell counts only where valid cells cover MIN_VALID_FRACTION of its land) and to the product's time step in common units: monthly totals (g C m-2 month-1; 8-day rates weighted by their days in each month) or annual totals (g C m-2 yr-1). Only months or years fully covered by our maps are compared. A static product is compared with the mean annual total of our complete years.

OTHER_IS_RH converts a heterotrophic respiration product to soil respiration with Bond-Lamberty et al. (2004), ln Rh = 1.22 + 0.73 ln Rs, on annual totals only (a monthly Rh product is summed to years first); the result is approximate.

Outputs: statistics per step and pooled (n, R2, RMSE, bias, relative bias, OLS slope/intercept, slope through the origin, Taylor statistics, region totals in Tg C of both), the mean difference map other − ours, and an HTML report (scatter, Taylor diagram, latitude profile, seasonal cycle, difference map). With OBSERVATIONS (the table of 'Import soil respiration observations'), our 8-day maps are sampled at the sites for the observed periods and per-site metrics are added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="76" />
      <source>Our SR maps (folder of sr_YYYYDDD.tif, or of monthly/annual totals)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="79" />
      <source>Other SR product (netCDF or GeoTIFF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="82" />
      <source>netCDF variable (empty: the only data variable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="85" />
      <source>Unit of the other product</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="88" />
      <source>Time step of the comparison</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="91" />
      <source>The product is heterotrophic respiration (convert to Rs, annual only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="94" />
      <source>Observations (site x 8-day table) to compare at the sites</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/compare_products.py" line="98" />
      <source>Minimum valid fraction of a coarse cell's land</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="17" />
      <source>Create synthetic demo dataset</source>
      <translation>合成デモデータセットを作成</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="18" />
      <source>Demo</source>
      <translation>デモ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="21" />
      <source>Writes a SYNTHETIC demo region over Japan (122-154 E, 24-46 N, EPSG:4326) with a known truth, for trying and testing the upscaling chain: AppEEARS-style MODIS predictor GeoTIFFs (LST, NDVI, EVI, LAI, GPP with their real integer encodings and fill values), gridded soil temperature and moisture, the true soil respiration of every 8-day period, chamber observations at eight Japanese sites in COSORE layout, and a biased 0.5 degree monthly 'global product' (netCDF). The land mask is the real MCD12C1 land cover. The same seed gives byte-identical files. The output folder must be new or empty; README.md inside lists every file and the formulas.

CELL_SIZE must tile the region from 0.05 degree cells: 0.05, 0.1, 0.2, 0.25, 0.4, 0.5, 1 or 2 degrees. The default (0.05 degrees, 2 years) takes under a minute.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="43" />
      <source>Random seed</source>
      <translation>乱数シード</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="45" />
      <source>First year</source>
      <translation>開始年</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="48" />
      <source>Number of years</source>
      <translation>年数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="51" />
      <source>Cell size (degrees, a multiple of 0.05)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="55" />
      <source>Output folder (new or empty)</source>
      <translation>出力フォルダ(新規または空)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="57" />
      <source>Land cover of the demo grid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="58" />
      <source>Predictor folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="59" />
      <source>True soil respiration folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="60" />
      <source>Observations folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="61" />
      <source>Site table (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="63" />
      <source>Global product (netCDF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="64" />
      <source>README</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="65" />
      <source>Number of files written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="66" />
      <source>Number of 8-day periods</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/create_demo_data.py" line="88" />
      <source>Demo land cover (MCD12C1, real)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/describe_model.py" line="13" />
      <source>Describe soil respiration model</source>
      <translation>土壌呼吸モデルの概要</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/describe_model.py" line="14" />
      <source>Modelling</source>
      <translation>モデリング</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/describe_model.py" line="17" />
      <source>Loads a model file written by soilresp:trainmodel the way upscaling will (checking its .json sidecar, SHA-256 and the scikit-learn version) and prints what it needs and how well it validated: predictors in order with units and the map (catalog variable) each is upscaled with, training sites, period and region, hyperparameters, cross-validation metrics, area-of-applicability threshold and library versions. A model file is a pickle: loading it runs code, so open only models you trust.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/describe_model.py" line="28" />
      <source>Model file</source>
      <translation>モデルファイル</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="102" />
      <source>Training table as CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="105" />
      <source>Units of the columns (JSON)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="106" />
      <source>Number of rows</source>
      <translation>行数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="51" />
      <source>Extract predictors at sites</source>
      <translation>サイトでの説明変数の抽出</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="52" />
      <source>Training</source>
      <translation>学習データ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="82" />
      <source>Observations (site x 8-day period)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="87" />
      <source>Window size in cells (1 = the site's cell; odd N = N x N mean)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="91" />
      <source>Add seasonal time features (doy_sin, doy_cos)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="95" />
      <source>Rows with a missing predictor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/extract_training_data.py" line="99" />
      <source>Training table</source>
      <translation>学習テーブル</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="107" />
      <source>COSORE dataset folder (or a folder of dataset folders)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="111" />
      <source>More COSORE datasets (any file inside each dataset folder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="115" />
      <source>Observation table (layer or CSV, one row per measurement)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="132" />
      <source>Flux unit of the table</source>
      <translation>テーブルのフラックス単位</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="136" />
      <source>Soil moisture unit</source>
      <translation>土壌水分の単位</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="140" />
      <source>Negative fluxes</source>
      <translation>負のフラックス</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="144" />
      <source>Minimum records per chamber and day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="148" />
      <source>Minimum days per 8-day period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="153" />
      <source>COSORE treatment to import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="157" />
      <source>NEE-labelled COSORE ports to use as soil respiration (DATASET or DATASET:PORT, comma separated)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="162" />
      <source>COSORE data.csv timestamps are in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="166" />
      <source>Table timestamp format (e.g. %d.%m.%Y %H:%M; empty: ISO)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="171" />
      <source>Sites' time zone for table timestamps with a UTC offset (e.g. Asia/Tokyo)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="175" />
      <source>Lowest possible flux (µmol CO2 m-2 s-1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="179" />
      <source>Highest possible flux (µmol CO2 m-2 s-1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="183" />
      <source>Spike test: k x MAD around the monthly median (0 = off)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="194" />
      <source>Quality control counts</source>
      <translation>品質管理の件数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="198" />
      <source>Observations as CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="201" />
      <source>Number of sites</source>
      <translation>サイト数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="202" />
      <source>Number of site x periods</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="46" />
      <source>Import soil respiration observations</source>
      <translation>土壌呼吸観測値のインポート</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/import_observations.py" line="50" />
      <source>Turns chamber soil respiration records into one row per site and MODIS 8-day period (periods start on day of year 1, 9, ..., 361): the observation table used for training.

Input: a COSORE dataset folder (data.csv, PORTS.txt, DESCRIPTION.txt) or a folder of such folders, more datasets (pick a file in each), and/or a table (any vector layer or CSV) with site, time and flux columns and coordinates from lon/lat columns or point geometry.

COSORE: only ports measuring Rs with the chosen treatment are used (port 0 describes all ports; NEE and Rh ports are excluded, also when the chamber is transparent). Timestamps of COSORE release files are UTC and are converted to the site time zone (CSR_TIMEZONE) so days are local days. Soil temperature comes from CSR_T5, else the shallowest CSR_T* column; soil moisture from CSR_SM5, else the shallowest CSR_SM*.

Units: fluxes become g C m-2 d-1 (COSORE: µmol CO2 m-2 s-1; tables: FLUX_UNIT); soil moisture becomes a volumetric fraction (auto-detection stops when a site is ambiguous).

Quality control, counted per site in the log and the QC table: missing and physically impossible fluxes, soil temperature outside -40..60 °C and moisture outside 0..1 (set to missing), spikes (|flux - median| &gt; k x MAD per chamber and month), negative fluxes (keep, drop or set to zero), days with too few records per chamber and periods with too few days.

Output: sr (mean of daily means, g C m-2 d-1), sr_sd (SD of daily means), n_records, n_days, coverage (n_days / days in the period), soil_temperature_site (°C) and soil_moisture_site (m3 m-3) per site and period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="51" />
      <source>Predictor folders or files (folders are scanned recursively)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="55" />
      <source>16-day products onto 8-day periods</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="60" />
      <source>File name pattern for other names (regex with named groups, or strftime such as {variable}_%Y%m%d.tif)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="65" />
      <source>Static layers used for every date (e.g. elevation)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/predictor_inputs.py" line="69" />
      <source>MODIS quality (QC) filtering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="101" />
      <source>Minimum rows per leaf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="104" />
      <source>Maximum tree depth (0 = unlimited)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="109" />
      <source>Missing predictor values</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="113" />
      <source>Grid search (e.g. max_features=sqrt,1/3; min_samples_leaf=1,5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="116" />
      <source>k of random k-fold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="119" />
      <source>Threads (0 = all cores)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="122" />
      <source>Mark as synthetic data (also detected from the table)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="129" />
      <source>Model folder</source>
      <translation>モデルフォルダ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="131" />
      <source>Report</source>
      <translation>レポート</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="133" />
      <source>Cross-validation predictions</source>
      <translation>交差検証の予測値</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="136" />
      <source>Cross-validation metrics</source>
      <translation>交差検証の指標</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="50" />
      <source>Train soil respiration models</source>
      <translation>土壌呼吸モデルの学習</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="54" />
      <source>Trains random-forest models of soil respiration (target in g C m-2 d-1) on a site x 8-day training table (soilresp:extracttrainingdata, or a CSV) and compares them side by side: by default 'remote sensing only' and 'remote sensing + in-situ' (soil temperature and moisture). All models use the same rows.

Validation: leave-one-site-out (default and primary: each site is predicted by a model that never saw it), leave-one-year-out, random k-fold and out-of-bag (both optimistic: with few sites they test on days of sites the model has seen). Metrics R2, RMSE, MAE, bias, slope, pooled, per site and per season, go to METRICS; every held-out prediction to CV_PREDICTIONS.

GRID (optional) tunes hyperparameters, e.g. 'max_features=sqrt,1/3,1.0; min_samples_leaf=1,5,10'. Candidates are compared with at most 100 trees on the primary scheme's folds; the reported CV metrics come from a search nested inside each fold, so no held-out site influences its own score.

Outputs: one model file per model in OUTPUT_FOLDER (&lt;target&gt;_rs.joblib, &lt;target&gt;_rs_insitu.joblib, ...) with a .json sidecar (predictors, units, training region and period, CV metrics, versions, SHA-256), their paths as MODEL_RS, MODEL_RS_INSITU, ... for use in models, and an HTML report (REPORT). A model file is a pickle: loading it runs code, so share and load only models you trust. It loads only with the scikit-learn version that wrote it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="78" />
      <source>Training table (layer or CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="80" />
      <source>Target field (g C m-2 d-1; default sr)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="83" />
      <source>Models to train</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="86" />
      <source>Predictor fields for the custom model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="89" />
      <source>In-situ predictors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="92" />
      <source>Cross-validation schemes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="95" />
      <source>Number of trees</source>
      <translation>木の数</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/train_model.py" line="98" />
      <source>Predictors tried per split (sqrt, log2, all, 1/3, 0.5, 4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="121" />
      <source>Model file (from Train soil respiration model)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="125" />
      <source>First day (its 8-day period is the first map)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="128" />
      <source>Last day (its 8-day period is the last map)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="131" />
      <source>Uncertainty: standard deviation of the trees (sr_sd_*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="134" />
      <source>Area of applicability outputs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="137" />
      <source>Resume: keep complete maps in the output folder, compute the rest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="140" />
      <source>Extent (default: predictors')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="142" />
      <source>Target CRS (default: predictors')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="145" />
      <source>Cell size in target CRS units (0: predictors')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="148" />
      <source>Mask: predict inside these polygons / non-zero raster cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="152" />
      <source>Land-cover classes to map (IGBP; none: all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="155" />
      <source>Threads (0: all cores)</source>
      <translation>スレッド数(0: 全コア)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="158" />
      <source>dask scheduler address (e.g. tcp://host:8786)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="165" />
      <source>Output folder for the maps</source>
      <translation>マップの出力フォルダ</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="167" />
      <source>SR time series (VRT, one band per period)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="168" />
      <source>Folder of the maps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="169" />
      <source>Periods mapped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="170" />
      <source>Periods kept (resume)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="171" />
      <source>Pixels predicted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="172" />
      <source>Maps written (JSON)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/algorithms/upscale.py" line="90" />
      <source>Upscale soil respiration maps</source>
      <translation>土壌呼吸マップのアップスケーリング</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/menu.py" line="8" />
      <source>&amp;Soil Respiration</source>
      <translation>土壌呼吸(&amp;S)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="142" />
      <source>Upscaling done: {} maps in {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="148" />
      <source>Upscaling cancelled; finished maps are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="186" />
      <source>Soil respiration {} to {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="283" />
      <source>Upscale soil respiration in the background</source>
      <translation>土壌呼吸のアップスケーリング(バックグラウンド)</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="286" />
      <source>Model bundle (*.joblib)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="289" />
      <source>One predictor folder per line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="290" />
      <source>Add folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="295" />
      <source>Predictor folders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="301" />
      <source>First day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="302" />
      <source>Last day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="305" />
      <source>Output folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="306" />
      <source>Uncertainty (SD of the trees)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="307" />
      <source>Dissimilarity index</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="308" />
      <source>Area-of-applicability mask</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="309" />
      <source>Resume: keep complete maps in the output folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="344" />
      <source>Soil respiration</source>
      <translation>土壌呼吸</translation>
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="345" />
      <source>Upscaling started in the background (see the task manager; cancel there).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/gui/upscale_task.py" line="78" />
      <source>Upscaling soil respiration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../soil_resp_plugin/provider.py" line="43" />
      <source>Soil respiration upscaling</source>
      <translation>土壌呼吸アップスケーリング</translation>
    </message>
  </context>
</TS>
