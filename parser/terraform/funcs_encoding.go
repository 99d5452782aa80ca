package terraform

import (
	"bytes"
	"compress/gzip"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	yaml "go.yaml.in/yaml/v3"
	"golang.org/x/text/encoding/ianaindex"
)

func stringFunc(name string, impl func(s string) (string, error)) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: name, Type: cty.String}},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			out, err := impl(args[0].AsString())
			if err != nil {
				return cty.UnknownVal(cty.String), err
			}
			return cty.StringVal(out), nil
		},
	})
}

var base64EncodeFunc = stringFunc("str", func(s string) (string, error) {
	return base64.StdEncoding.EncodeToString([]byte(s)), nil
})

var base64DecodeFunc = stringFunc("str", func(s string) (string, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return "", fmt.Errorf("failed to decode base64 data %q", s)
	}
	if !utf8.Valid(b) {
		return "", errors.New("the result of decoding the provided string is not valid UTF-8")
	}
	return string(b), nil
})

// base64GzipFunc gzips a string (default compression, flushed before
// closing, as Terraform does) and encodes the result in base64.
var base64GzipFunc = stringFunc("str", func(s string) (string, error) {
	var b bytes.Buffer
	gz := gzip.NewWriter(&b)
	if _, err := gz.Write([]byte(s)); err != nil {
		return "", err
	}
	if err := gz.Flush(); err != nil {
		return "", err
	}
	if err := gz.Close(); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(b.Bytes()), nil
})

var urlEncodeFunc = stringFunc("str", func(s string) (string, error) {
	return url.QueryEscape(s), nil
})

// textEncodeBase64Func encodes a string in a named character encoding and
// then in base64.
var textEncodeBase64Func = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "string", Type: cty.String},
		{Name: "encoding", Type: cty.String},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		enc, err := ianaindex.IANA.Encoding(args[1].AsString())
		if err != nil || enc == nil {
			return cty.NilVal, function.NewArgErrorf(1, "%q is not a supported IANA encoding name or alias", args[1].AsString())
		}
		out, err := enc.NewEncoder().Bytes([]byte(args[0].AsString()))
		if err != nil {
			return cty.NilVal, function.NewArgErrorf(0, "the given string contains characters that cannot be represented in %s", args[1].AsString())
		}
		return cty.StringVal(base64.StdEncoding.EncodeToString(out)), nil
	},
})

// textDecodeBase64Func decodes base64 and then a named character encoding.
var textDecodeBase64Func = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "source", Type: cty.String},
		{Name: "encoding", Type: cty.String},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		enc, err := ianaindex.IANA.Encoding(args[1].AsString())
		if err != nil || enc == nil {
			return cty.NilVal, function.NewArgErrorf(1, "%q is not a supported IANA encoding name or alias", args[1].AsString())
		}
		raw, err := base64.StdEncoding.DecodeString(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgErrorf(0, "the given value has an invalid base64 symbol")
		}
		out, err := enc.NewDecoder().Bytes(raw)
		if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
			return cty.NilVal, function.NewArgErrorf(0, "the given string contains symbols that are not defined for %s", args[1].AsString())
		}
		return cty.StringVal(string(out)), nil
	},
})

func md5New() hash.Hash    { return md5.New() }
func sha1New() hash.Hash   { return sha1.New() }
func sha256New() hash.Hash { return sha256.New() }
func sha512New() hash.Hash { return sha512.New() }

func hexEnc(b []byte) string { return hex.EncodeToString(b) }
func b64Enc(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

func digest(h func() hash.Hash, enc func([]byte) string, data []byte) string {
	d := h()
	d.Write(data)
	return enc(d.Sum(nil))
}

func hashFunc(h func() hash.Hash, enc func([]byte) string) function.Function {
	return stringFunc("str", func(s string) (string, error) {
		return digest(h, enc, []byte(s)), nil
	})
}

// uuidV5Func computes a name-based (SHA-1) UUID, RFC 4122 section 4.3.
var uuidV5Func = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "namespace", Type: cty.String},
		{Name: "name", Type: cty.String},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		ns, err := uuidNamespace(args[0].AsString())
		if err != nil {
			return cty.NilVal, err
		}
		h := sha1.New()
		h.Write(ns)
		h.Write([]byte(args[1].AsString()))
		u := h.Sum(nil)[:16]
		u[6] = u[6]&0x0f | 0x50
		u[8] = u[8]&0x3f | 0x80
		x := hex.EncodeToString(u)
		return cty.StringVal(x[0:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:]), nil
	},
})

// uuidNamespace parses one of the well-known namespace names or a UUID in
// any of its usual spellings.
func uuidNamespace(s string) ([]byte, error) {
	known := map[string]string{
		"dns":  "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
		"url":  "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
		"oid":  "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
		"x500": "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
	}
	u := s
	if k, ok := known[s]; ok {
		u = k
	}
	switch {
	case len(u) == 45 && strings.EqualFold(u[:9], "urn:uuid:"):
		u = u[9:]
	case len(u) == 38 && u[0] == '{' && u[37] == '}':
		u = u[1:37]
	}
	if len(u) == 36 {
		if u[8] != '-' || u[13] != '-' || u[18] != '-' || u[23] != '-' {
			return nil, fmt.Errorf("uuidv5() doesn't support namespace %s", s)
		}
		u = u[0:8] + u[9:13] + u[14:18] + u[19:23] + u[24:]
	}
	b, err := hex.DecodeString(u)
	if err != nil || len(b) != 16 {
		return nil, fmt.Errorf("uuidv5() doesn't support namespace %s", s)
	}
	return b, nil
}

// timeCmpFunc compares two RFC 3339 timestamps: -1, 0 or 1.
var timeCmpFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "timestamp_a", Type: cty.String},
		{Name: "timestamp_b", Type: cty.String},
	},
	Type: function.StaticReturnType(cty.Number),
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		a, err := time.Parse(time.RFC3339, args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		b, err := time.Parse(time.RFC3339, args[1].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgError(1, err)
		}
		return cty.NumberIntVal(int64(a.Compare(b))), nil
	},
})

// checkDecodeInput refuses to decode inputs larger than maxDecodeInput.
func checkDecodeInput(args []cty.Value) bool {
	return len(args[0].AsString()) <= maxDecodeInput
}

// checkCSV refuses a CSV document of more than maxCSVFields fields.
func checkCSV(args []cty.Value) bool {
	s := args[0].AsString()
	if len(s) > maxDecodeInput {
		return false
	}
	header, _, _ := strings.Cut(s, "\n")
	rows := int64(strings.Count(s, "\n") + 1)
	cols := int64(strings.Count(header, ",") + 1)
	return rows*cols <= maxCSVFields
}

// maxYAMLDepth bounds the nesting of a YAML document: the YAML decoder
// takes time quadratic in it.
const maxYAMLDepth = 1000

// checkYAML refuses a YAML document nested too deeply, or whose aliases
// would expand to more than maxValues nodes (a "billion laughs"
// document), which the YAML decoder would otherwise process without
// limit. The document is first parsed without expanding aliases.
func checkYAML(args []cty.Value) bool {
	s := args[0].AsString()
	if len(s) > maxDecodeInput {
		return false
	}
	dec := yaml.NewDecoder(strings.NewReader(s))
	sizes := map[*yaml.Node]int64{}
	total := int64(0)
	for {
		var doc yaml.Node
		if err := dec.Decode(&doc); err != nil {
			if strings.Contains(err.Error(), "max depth") {
				return false
			}
			// End of input, or a document the real decoder will reject
			// too; either way nothing more to expand.
			return total <= maxValues
		}
		total += yamlExpandedSize(&doc, sizes, 0)
		if total > maxValues {
			return false
		}
	}
}

// yamlExpandedSize counts the nodes of n with every alias expanded,
// memoised per node so that the count itself stays cheap; a document
// nested more than maxYAMLDepth deep counts as too large.
func yamlExpandedSize(n *yaml.Node, sizes map[*yaml.Node]int64, depth int) int64 {
	if n == nil {
		return 0
	}
	if s, ok := sizes[n]; ok {
		return s
	}
	if depth > maxYAMLDepth {
		return maxValues + 1
	}
	sizes[n] = maxValues + 1 // a cycle counts as too large
	s := int64(1)
	if n.Kind == yaml.AliasNode {
		s += yamlExpandedSize(n.Alias, sizes, depth+1)
	}
	for _, c := range n.Content {
		s += yamlExpandedSize(c, sizes, depth+1)
		if s > maxValues {
			break
		}
	}
	sizes[n] = s
	return s
}
