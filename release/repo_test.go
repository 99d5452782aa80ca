package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func readRepoFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestReleaseDocuments checks the files a release ships besides the binary.
func TestReleaseDocuments(t *testing.T) {
	for _, tt := range []struct {
		file string
		want []string
	}{
		// The full licence text, not a summary or a header.
		{"LICENSE", []string{"Apache License", "Version 2.0, January 2004", "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION",
			"9. Accepting Warranty or Additional Liability.", "END OF TERMS AND CONDITIONS", "APPENDIX: How to apply the Apache License to your work."}},
		{"SECURITY.md", []string{"Reporting a vulnerability", "Report a vulnerability", "checksums.txt"}},
		{"CHANGELOG.md", []string{"# Changelog", "## [Unreleased]"}},
		{"README.md", []string{"Apache License 2.0", "SECURITY.md", "CHANGELOG.md", "go run ./release"}},
	} {
		text := readRepoFile(t, tt.file)
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s lacks %q", tt.file, w)
			}
		}
	}
}

var goDirective = regexp.MustCompile(`(?m)^go (\d+\.\d+(?:\.\d+)?)\s*$`)

// TestGoVersion keeps go.mod's go line at the lowest Go version the code
// and its dependencies need, and the README and the Dockerfile in step with
// it. The dependencies set the floor (go vet's stdversion check and the
// compiler's -lang catch our own code using anything newer); if our code
// ever needs more than its dependencies, raise ownFloor.
func TestGoVersion(t *testing.T) {
	const ownFloor = "1.22" // range over int, min/max, for-loop variables
	m := goDirective.FindStringSubmatch(readRepoFile(t, "go.mod"))
	if m == nil {
		t.Fatal("go.mod has no go line")
	}
	declared := m[1]

	out, err := exec.Command("go", "list", "-m", "-json", "all").Output()
	if err != nil {
		t.Skipf("go list -m all: %v", err)
	}
	need, needBy := ownFloor, "soc2lint's own code"
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for dec.More() {
		var mod struct {
			Path      string
			GoVersion string
			Main      bool
		}
		if err := dec.Decode(&mod); err != nil {
			t.Fatal(err)
		}
		if !mod.Main && mod.GoVersion != "" && compareGo(mod.GoVersion, need) > 0 {
			need, needBy = mod.GoVersion, mod.Path
		}
	}
	if compareGo(declared, need) != 0 {
		t.Errorf("go.mod says go %s, but the lowest Go that builds soc2lint is %s (needed by %s)", declared, need, needBy)
	}

	parts := strings.SplitN(declared, ".", 3)
	minor := parts[0] + "." + parts[1]
	if readme := readRepoFile(t, "README.md"); !strings.Contains(readme, "Go "+minor+" or later") {
		t.Errorf("README does not say %q", "Go "+minor+" or later")
	}
	if docker := readRepoFile(t, "Dockerfile"); !strings.Contains(docker, "FROM golang:"+minor+" ") {
		t.Errorf("Dockerfile's build stage is not golang:%s", minor)
	}
}

// compareGo compares Go versions such as 1.25 and 1.25.0 (equal: a go line
// of 1.25 means 1.25.0 since Go 1.21).
func compareGo(a, b string) int {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < 3; i++ {
		var x, y int
		if i < len(pa) {
			x, _ = strconv.Atoi(pa[i])
		}
		if i < len(pb) {
			y, _ = strconv.Atoi(pb[i])
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

// TestDockerfile checks the Dockerfile's shape, since the test machines
// cannot run docker: a build stage that compiles a static, trimmed binary,
// and a final stage that holds only that binary, runs as a non-root user
// and has soc2lint as its entrypoint.
func TestDockerfile(t *testing.T) {
	type stage struct {
		from  string
		lines []string
	}
	var stages []stage
	for _, line := range joinContinuations(readRepoFile(t, "Dockerfile")) {
		fields := strings.Fields(line)
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		if strings.EqualFold(fields[0], "FROM") {
			stages = append(stages, stage{from: strings.Join(fields[1:], " ")})
			continue
		}
		if len(stages) == 0 {
			if !strings.EqualFold(fields[0], "ARG") {
				t.Fatalf("instruction before FROM: %s", line)
			}
			continue
		}
		stages[len(stages)-1].lines = append(stages[len(stages)-1].lines, line)
	}
	if len(stages) < 2 {
		t.Fatalf("%d stages, want a multi-stage build", len(stages))
	}
	build, final := stages[0], stages[len(stages)-1]
	if !strings.HasPrefix(build.from, "golang:") || !strings.HasSuffix(build.from, " AS build") {
		t.Errorf("build stage FROM %q, want golang:... AS build", build.from)
	}
	var buildCmd string
	for _, l := range build.lines {
		if strings.HasPrefix(l, "RUN ") && strings.Contains(l, "go build") {
			buildCmd = l
		}
	}
	for _, w := range []string{"CGO_ENABLED=0", "-trimpath", "-X main.version=", "-X main.commit=", "-X main.date=", "./cmd/soc2lint"} {
		if !strings.Contains(buildCmd, w) {
			t.Errorf("go build in the build stage lacks %s: %q", w, buildCmd)
		}
	}
	if final.from != "scratch" && !strings.HasPrefix(final.from, "gcr.io/distroless/static") {
		t.Errorf("final stage FROM %q, want an image with nothing but the static binary", final.from)
	}
	var user, entrypoint string
	var copied bool
	for _, l := range final.lines {
		switch f := strings.Fields(l); strings.ToUpper(f[0]) {
		case "USER":
			user = f[1]
		case "ENTRYPOINT":
			entrypoint = strings.TrimSpace(strings.TrimPrefix(l, f[0]))
		case "COPY":
			copied = copied || strings.Contains(l, "--from=build") && strings.HasSuffix(l, "/usr/local/bin/soc2lint")
		case "RUN":
			t.Errorf("final stage runs %q: it has no shell", l)
		}
	}
	if uid, _, _ := strings.Cut(user, ":"); uid == "" || uid == "0" || uid == "root" {
		t.Errorf("final stage runs as %q, want a non-root user", user)
	}
	if entrypoint != `["soc2lint"]` {
		t.Errorf("ENTRYPOINT %s, want [\"soc2lint\"]", entrypoint)
	}
	if !copied {
		t.Error("final stage does not copy the binary from the build stage to /usr/local/bin/soc2lint")
	}
}

// joinContinuations joins Dockerfile lines ending in a backslash.
func joinContinuations(text string) []string {
	var out []string
	var cur strings.Builder
	for _, l := range strings.Split(text, "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "#") && cur.Len() == 0 {
			continue
		}
		if strings.HasSuffix(t, "\\") {
			cur.WriteString(strings.TrimSuffix(t, "\\") + " ")
			continue
		}
		cur.WriteString(t)
		out = append(out, cur.String())
		cur.Reset()
	}
	return out
}

// TestReadmePreCommit keeps the README's pre-commit example pinned to a
// release tag, and pointing legacy trees at baselines.
func TestReadmePreCommit(t *testing.T) {
	readme := readRepoFile(t, "README.md")
	_, section, ok := strings.Cut(readme, "### As a pre-commit hook")
	if !ok {
		t.Fatal("README has no pre-commit section")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	rev := regexp.MustCompile(`(?m)^\s*rev:\s*(\S+)`).FindStringSubmatch(section)
	if rev == nil || !regexp.MustCompile(`^v\d+\.\d+\.\d+$`).MatchString(rev[1]) {
		t.Errorf("the pre-commit example's rev is %v, want a release tag such as v1.2.3", rev)
	}
	if !strings.Contains(section, "--baseline") {
		t.Error("the pre-commit section does not recommend --baseline for existing code bases")
	}
}
