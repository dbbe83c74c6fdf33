"""Re-create the test subsets of two COSORE v0.8.0 datasets (CC BY 4.0, see README.md).

data.csv lines are copied byte for byte (header + rows whose CSR_TIMESTAMP_BEGIN, in UTC as
in the database files, falls in the window); the metadata files are copied unchanged.
Usage: python3 subset.py /work/shared/data/cosore
"""
import pathlib
import shutil
import sys

HERE = pathlib.Path(__file__).resolve().parent
#: dataset -> [first, last) CSR_TIMESTAMP_BEGIN (UTC); local time is UTC+9
WINDOWS = {
    # 2016-07-18 09:00 .. 2016-08-20 00:00 JST: NEE port 4 starts on 23 July, port 3 stops
    # on 5 August (1 record that day); four full 8-day periods (DOY 201-225) + a partial day
    "d20200328_UEYAMA_TESHIO": ("2016-07-18 00:00:00", "2016-08-19 15:00:00"),
    # 2012-12-21 .. 2013-02-19 JST: winter, soil moisture in percent, negative fluxes,
    # missing fluxes, the 6-day year-end period of a leap year and a month-long gap
    "d20200328_UEYAMA_HOKUROKU": ("2012-12-20 15:00:00", "2013-02-19 15:00:00"),
}
METADATA = ("DESCRIPTION.txt", "PORTS.txt", "COLUMNS.txt", "CONTRIBUTORS.txt", "ANCILLARY.csv")


def main(source):
    source = pathlib.Path(source)
    for dataset, (first, last) in WINDOWS.items():
        out = HERE / dataset
        out.mkdir(exist_ok=True)
        for name in METADATA:
            shutil.copyfile(source / dataset / name, out / name)
        with open(source / dataset / "data.csv", newline="") as src, \
                open(out / "data.csv", "w", newline="") as dst:
            header = src.readline()
            dst.write(header)
            column = header.rstrip("\r\n").split(",").index("CSR_TIMESTAMP_BEGIN")
            for line in src:
                stamp = line.split(",")[column]
                if first <= stamp < last:
                    dst.write(line)
    shutil.copyfile(source / "LICENSE", HERE / "LICENSE")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/cosore")
