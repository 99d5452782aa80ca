// Command release builds soc2lint's release archives, reproducibly.
//
// From the repository root:
//
//	go run ./release -version v1.2.3
//
// writes to dist/ one archive per platform, named as GoReleaser names them
// (soc2lint_1.2.3_linux_amd64.tar.gz, soc2lint_1.2.3_windows_amd64.zip, ...),
// and soc2lint_1.2.3_checksums.txt with their SHA-256 sums. Each binary is a
// plain `go build -trimpath` with CGO_ENABLED=0 (so static), stamped with
// the version, the commit and the commit's time through -ldflags. Nothing in
// the output depends on when or where it is built: the build date is the
// commit time (or SOURCE_DATE_EPOCH), archive entries carry that time, owner
// root, fixed modes and a fixed order, and gzip writes no name or time. Two
// runs over the same commit with the same Go toolchain give identical bytes.
package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Project facts of the archives.
const (
	projectName = "soc2lint"
	mainPackage = "./cmd/soc2lint"
)

// DefaultTargets are the platforms of a release, as GOOS/GOARCH.
var DefaultTargets = []string{
	"darwin/amd64", "darwin/arm64",
	"linux/amd64", "linux/arm64",
	"windows/amd64", "windows/arm64",
}

// extraFiles go into every archive beside the binary, as GoReleaser's
// default archive does (licence, readme, changelog).
var extraFiles = []string{"LICENSE", "README.md", "CHANGELOG.md"}

// Options describe one release build.
type Options struct {
	Root    string    // repository root (holds go.mod)
	Out     string    // output directory
	Version string    // "v1.2.3" or "1.2.3"
	Commit  string    // full commit id
	Date    time.Time // build date: the commit time, for reproducibility
	Targets []string  // GOOS/GOARCH pairs
	Log     io.Writer // progress, one line per artifact
}

func main() {
	var o Options
	var targets, date string
	flag.StringVar(&o.Version, "version", "", "release `version`, e.g. v1.2.3 (required)")
	flag.StringVar(&o.Commit, "commit", "", "commit id to stamp (default: git rev-parse HEAD)")
	flag.StringVar(&date, "date", "", "build date to stamp, RFC 3339 (default: $SOURCE_DATE_EPOCH, else the commit time)")
	flag.StringVar(&o.Out, "out", "dist", "output `directory`")
	flag.StringVar(&targets, "targets", strings.Join(DefaultTargets, ","), "comma-separated GOOS/GOARCH `list`")
	flag.Parse()
	o.Targets = strings.Split(targets, ",")
	o.Log = os.Stderr
	if err := o.fill(date); err == nil {
		err = Build(o)
		if err == nil {
			return
		}
		fmt.Fprintln(os.Stderr, "release:", err)
	} else {
		fmt.Fprintln(os.Stderr, "release:", err)
	}
	os.Exit(1)
}

// fill completes o from the repository: its root, the commit and the date.
func (o *Options) fill(date string) error {
	if o.Version == "" {
		return errors.New("-version is required")
	}
	root, err := findRoot()
	if err != nil {
		return err
	}
	o.Root = root
	if o.Commit == "" {
		if o.Commit, err = git(root, "rev-parse", "HEAD"); err != nil {
			return fmt.Errorf("commit id: %w (pass -commit)", err)
		}
	}
	switch {
	case date != "":
		if o.Date, err = time.Parse(time.RFC3339, date); err != nil {
			return fmt.Errorf("-date: %w", err)
		}
	case os.Getenv("SOURCE_DATE_EPOCH") != "":
		sec, err := strconv.ParseInt(os.Getenv("SOURCE_DATE_EPOCH"), 10, 64)
		if err != nil {
			return fmt.Errorf("SOURCE_DATE_EPOCH: %w", err)
		}
		o.Date = time.Unix(sec, 0)
	default:
		ct, err := git(root, "log", "-1", "--format=%ct", o.Commit)
		if err != nil {
			return fmt.Errorf("commit time: %w (pass -date)", err)
		}
		sec, err := strconv.ParseInt(ct, 10, 64)
		if err != nil {
			return fmt.Errorf("commit time %q: %w", ct, err)
		}
		o.Date = time.Unix(sec, 0)
	}
	return nil
}

func findRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod in the working directory or above")
		}
		dir = parent
	}
}

func git(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	out, err := cmd.Output()
	return strings.TrimSpace(string(out)), err
}

var versionRE = regexp.MustCompile(`^v?[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.+-]*)?$`)

// ArchiveName is GoReleaser's default archive name for a target:
// soc2lint_1.2.3_linux_amd64.tar.gz (.zip for Windows), the version
// without its leading v.
func ArchiveName(version, goos, goarch string) string {
	ext := ".tar.gz"
	if goos == "windows" {
		ext = ".zip"
	}
	return fmt.Sprintf("%s_%s_%s_%s%s", projectName, strings.TrimPrefix(version, "v"), goos, goarch, ext)
}

// ChecksumsName is GoReleaser's default checksum file name.
func ChecksumsName(version string) string {
	return fmt.Sprintf("%s_%s_checksums.txt", projectName, strings.TrimPrefix(version, "v"))
}

// Build builds every target of o and writes the archives and the checksum
// file to o.Out.
func Build(o Options) error {
	if !versionRE.MatchString(o.Version) {
		return fmt.Errorf("version %q is not a semantic version such as v1.2.3", o.Version)
	}
	version := "v" + strings.TrimPrefix(o.Version, "v")
	if err := os.MkdirAll(o.Out, 0o755); err != nil {
		return err
	}
	work, err := os.MkdirTemp("", "soc2lint-release-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)

	var extras []archiveFile
	for _, name := range extraFiles {
		data, err := os.ReadFile(filepath.Join(o.Root, name))
		if err != nil {
			return err
		}
		extras = append(extras, archiveFile{name: name, mode: 0o644, data: data})
	}

	sums := map[string][sha256.Size]byte{}
	for _, target := range o.Targets {
		goos, goarch, ok := strings.Cut(strings.TrimSpace(target), "/")
		if !ok || goos == "" || goarch == "" {
			return fmt.Errorf("target %q: want GOOS/GOARCH", target)
		}
		bin := projectName
		if goos == "windows" {
			bin += ".exe"
		}
		binPath := filepath.Join(work, goos+"_"+goarch, bin)
		if err := goBuild(o, version, goos, goarch, binPath); err != nil {
			return fmt.Errorf("%s: %w", target, err)
		}
		data, err := os.ReadFile(binPath)
		if err != nil {
			return err
		}
		files := append([]archiveFile{{name: bin, mode: 0o755, data: data}}, extras...)
		var archive bytes.Buffer
		if goos == "windows" {
			err = writeZip(&archive, files, o.Date)
		} else {
			err = writeTarGz(&archive, files, o.Date)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", target, err)
		}
		name := ArchiveName(version, goos, goarch)
		if err := os.WriteFile(filepath.Join(o.Out, name), archive.Bytes(), 0o644); err != nil {
			return err
		}
		sums[name] = sha256.Sum256(archive.Bytes())
		if o.Log != nil {
			fmt.Fprintf(o.Log, "%s/%s\n", o.Out, name)
		}
	}

	names := make([]string, 0, len(sums))
	for n := range sums {
		names = append(names, n)
	}
	sort.Strings(names)
	var list strings.Builder
	for _, n := range names {
		s := sums[n]
		fmt.Fprintf(&list, "%x  %s\n", s[:], n)
	}
	return os.WriteFile(filepath.Join(o.Out, ChecksumsName(version)), []byte(list.String()), 0o644)
}

// goBuild runs a plain go build of the command for one target.
func goBuild(o Options, version, goos, goarch, out string) error {
	ldflags := strings.Join([]string{
		"-s", "-w", "-buildid=",
		"-X", "main.version=" + version,
		"-X", "main.commit=" + o.Commit,
		"-X", "main.date=" + o.Date.UTC().Format(time.RFC3339),
	}, " ")
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", "-ldflags", ldflags, "-o", out, mainPackage)
	cmd.Dir = o.Root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS="+goos, "GOARCH="+goarch)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %w\n%s", err, msg)
	}
	return nil
}

type archiveFile struct {
	name string
	mode int64
	data []byte
}

// writeTarGz writes files, in the given order, as a gzipped tar whose
// entries are owned by root with the fixed time t.
func writeTarGz(w io.Writer, files []archiveFile, t time.Time) error {
	gz, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	tw := tar.NewWriter(gz)
	for _, f := range files {
		hdr := &tar.Header{
			Typeflag: tar.TypeReg,
			Name:     f.name,
			Mode:     f.mode,
			Size:     int64(len(f.data)),
			ModTime:  t.UTC().Truncate(time.Second),
			Uname:    "root",
			Gname:    "root",
			Format:   tar.FormatUSTAR,
		}
		if err := tw.WriteHeader(hdr); err != nil {
			return err
		}
		if _, err := tw.Write(f.data); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return gz.Close()
}

// writeZip writes files, in the given order, as a zip archive whose entries
// carry the fixed time t.
func writeZip(w io.Writer, files []archiveFile, t time.Time) error {
	zw := zip.NewWriter(w)
	for _, f := range files {
		hdr := &zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: t.UTC().Truncate(time.Second)}
		hdr.SetMode(os.FileMode(f.mode))
		fw, err := zw.CreateHeader(hdr)
		if err != nil {
			return err
		}
		if _, err := fw.Write(f.data); err != nil {
			return err
		}
	}
	return zw.Close()
}
