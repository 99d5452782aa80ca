package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// Build stamps, set by the release build (release/) with
//
//	-ldflags "-X main.version=v1.2.3 -X main.commit=<sha> -X main.date=<RFC 3339>"
//
// When they are empty (go install, go build), buildInfo falls back to what
// the Go toolchain records in the binary: the module version for
// `go install ...@v1.2.3`, and the VCS revision and time for a build in a
// checkout.
var (
	version = ""
	commit  = ""
	date    = ""
)

// devVersion is the version of a build that carries no version at all.
const devVersion = "0.0.0-dev"

// buildStamp is what `soc2lint version` prints.
type buildStamp struct {
	Version, Commit, Date string
	Modified              bool // built from a checkout with uncommitted changes
}

// stamp returns the build stamp: the -ldflags values first, then the
// toolchain's build information.
func stamp() buildStamp {
	return stampFrom(version, commit, date, readBuildInfo())
}

// readBuildInfo is debug.ReadBuildInfo, replaceable in tests.
var readBuildInfo = func() *debug.BuildInfo {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return nil
	}
	return bi
}

func stampFrom(v, c, d string, bi *debug.BuildInfo) buildStamp {
	s := buildStamp{Version: v, Commit: c, Date: d}
	if bi != nil {
		if s.Version == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			s.Version = bi.Main.Version
		}
		for _, kv := range bi.Settings {
			switch kv.Key {
			case "vcs.revision":
				if s.Commit == "" {
					s.Commit = kv.Value
				}
			case "vcs.time":
				if s.Date == "" {
					s.Date = kv.Value
				}
			case "vcs.modified":
				// Only meaningful for the revision it qualifies.
				s.Modified = kv.Value == "true" && c == ""
			}
		}
	}
	if s.Version == "" {
		s.Version = devVersion
	}
	return s
}

// toolVersion is the version written in reports (JSON, SARIF's
// tool.driver.version).
func toolVersion() string { return stamp().Version }

// writeVersion prints the version, commit and build date, one per line
// after the first.
func writeVersion(w io.Writer, s buildStamp) {
	fmt.Fprintf(w, "soc2lint %s\n", s.Version)
	c := s.Commit
	if c == "" {
		c = "unknown"
	} else if s.Modified {
		c += " (modified)"
	}
	d := s.Date
	if d == "" {
		d = "unknown"
	}
	fmt.Fprintf(w, "commit:     %s\nbuilt:      %s\ngo:         %s %s/%s\n", c, d, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}
