package terraform

import (
	"sync"

	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	ctyyaml "github.com/zclconf/go-cty-yaml"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// FileScope confines file functions: Dir is the module directory on disk,
// Root the scanned tree root on disk; Report receives diagnostics (may be
// nil). MaxFileSize bounds the size of one file read (0 means
// DefaultMaxFileSize). A zero FileScope makes every file function return
// an unknown value.
type FileScope struct {
	Dir, Root   string
	Report      func(summary, detail string)
	MaxFileSize int64
}

// Limits on what one function call, or all the calls of one function set,
// may produce. Past them a function returns an unknown value: a hostile
// configuration must not make the linter allocate gigabytes.
const (
	// DefaultMaxFileSize bounds one file read by a file function.
	DefaultMaxFileSize = 10 << 20
	// maxStringOut bounds the string produced by one call.
	maxStringOut = 10 << 20
	// maxValues bounds the number of values in the collection produced by
	// one call.
	maxValues = 1 << 18
	// maxCSVFields bounds the fields of a CSV document, each an attribute
	// of an object.
	maxCSVFields = 100000
	// maxDecodeInput bounds the input of the decoding functions.
	maxDecodeInput = 4 << 20
	// maxTotalOut bounds the sum of the large outputs of one function set.
	maxTotalOut = 256 << 20
	// maxTotalRead bounds the bytes read from files by one function set.
	maxTotalRead = 64 << 20
	// maxRange bounds range(); Terraform's own limit is 1024 values.
	maxRange = 1024
	// maxFormatWidth bounds a width or precision in a format verb.
	maxFormatWidth = 10000
)

// funcState is shared by the functions of one set: the budgets of
// everything they produced and read so far, and the cache of files read.
type funcState struct {
	fs       FileScope
	mu       sync.Mutex
	out      int64
	read     int64
	files    map[string][]byte
	reported map[string]bool
	// links are the paths resolved (evalSymlinks).
	links map[string]resolvedLink
	// dir, root and rootsOK are roots' answer, once rootsOnce has run.
	rootsOnce sync.Once
	dir, root string
	rootsOK   bool
}

// spend charges n bytes of output to the set's budget; false means the
// budget is exhausted and the caller must return an unknown value.
func (st *funcState) spend(n int64) bool {
	if n > maxStringOut {
		return false
	}
	if n < 4096 { // small outputs are not worth accounting for
		return true
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.out+n > maxTotalOut {
		return false
	}
	st.out += n
	return true
}

func (st *funcState) report(summary, detail string) {
	if st.fs.Report == nil {
		return
	}
	st.mu.Lock()
	key := summary + "\x00" + detail
	seen := st.reported[key]
	st.reported[key] = true
	st.mu.Unlock()
	if !seen {
		st.fs.Report(summary, detail)
	}
}

// unknownWhy is an unknown value of type ty that says why it is unknown,
// with the evaluator's unknownReason mark.
func unknownWhy(ty cty.Type, why string) cty.Value {
	return cty.UnknownVal(ty).Mark(unknownReason(why))
}

// tooLarge is the reason of a result refused by a limit.
func tooLarge(name string) string {
	return name + "() would produce more than soc2lint's evaluation limits allow"
}

// functions returns the Terraform built-in functions that can be computed
// offline, with Terraform's semantics. Functions that depend on the outside
// world (time, randomness, the home directory, secrets) return unknown
// values, and so does a call to any function not in the map (hcl evaluates
// it to cty.DynamicVal with an error the evaluator ignores). File functions
// are confined by fs.
func functions(fs FileScope) map[string]function.Function {
	st := &funcState{fs: fs, files: map[string][]byte{}, reported: map[string]bool{}}
	m := baseFunctions(st)
	for name, f := range fileFunctions(st) {
		m[name] = f
	}
	inner := make(map[string]function.Function, len(m))
	for k, v := range m {
		inner[k] = v
	}
	// Terraform forbids calling a template function from inside a template.
	inner["templatefile"] = recursiveTemplate(cty.DynamicPseudoType, "templatefile")
	inner["templatestring"] = recursiveTemplate(cty.DynamicPseudoType, "templatestring")
	m["templatefile"] = templateFileFunc(st, inner)
	m["templatestring"] = templateStringFunc(st, inner)
	m[templatePartsFunc] = templateFilePartsFunc(st, inner)
	return m
}

// baseFunctions are the functions that need no file access.
func baseFunctions(st *funcState) map[string]function.Function {
	return map[string]function.Function{
		// Numeric.
		"abs":      stdlib.AbsoluteFunc,
		"ceil":     stdlib.CeilFunc,
		"floor":    stdlib.FloorFunc,
		"log":      stdlib.LogFunc,
		"max":      stdlib.MaxFunc,
		"min":      stdlib.MinFunc,
		"parseint": guard("parseint", stdlib.ParseIntFunc, checkParseInt),
		"pow":      stdlib.PowFunc,
		"signum":   stdlib.SignumFunc,

		// String.
		"chomp":       stdlib.ChompFunc,
		"endswith":    endsWithFunc,
		"format":      guard("format", stdlib.FormatFunc, st.checkFormat),
		"formatlist":  guard("formatlist", stdlib.FormatListFunc, st.checkFormatList),
		"indent":      guard("indent", stdlib.IndentFunc, st.checkIndent),
		"join":        guard("join", stdlib.JoinFunc, st.checkJoin),
		"lower":       stdlib.LowerFunc,
		"regex":       stdlib.RegexFunc,
		"regexall":    guard("regexall", stdlib.RegexAllFunc, checkRegexAll),
		"replace":     replaceFunc(st),
		"split":       guard("split", stdlib.SplitFunc, checkSplit),
		"startswith":  startsWithFunc,
		"strcontains": strContainsFunc,
		"strrev":      stdlib.ReverseFunc,
		"substr":      stdlib.SubstrFunc,
		"title":       stdlib.TitleFunc,
		"trim":        stdlib.TrimFunc,
		"trimprefix":  stdlib.TrimPrefixFunc,
		"trimspace":   stdlib.TrimSpaceFunc,
		"trimsuffix":  stdlib.TrimSuffixFunc,
		"upper":       stdlib.UpperFunc,

		// Collection.
		"alltrue":         allTrueFunc,
		"anytrue":         anyTrueFunc,
		"chunklist":       stdlib.ChunklistFunc,
		"coalesce":        coalesceFunc,
		"coalescelist":    stdlib.CoalesceListFunc,
		"compact":         stdlib.CompactFunc,
		"concat":          stdlib.ConcatFunc,
		"contains":        stdlib.ContainsFunc,
		"distinct":        distinctFunc,
		"element":         stdlib.ElementFunc,
		"flatten":         stdlib.FlattenFunc,
		"index":           indexFunc,
		"keys":            stdlib.KeysFunc,
		"length":          lengthFunc,
		"lookup":          lookupFunc,
		"matchkeys":       matchKeysFunc,
		"merge":           stdlib.MergeFunc,
		"one":             oneFunc,
		"range":           boundedRange,
		"reverse":         stdlib.ReverseListFunc,
		"setintersection": stdlib.SetIntersectionFunc,
		"setproduct":      guard("setproduct", stdlib.SetProductFunc, checkSetProduct),
		"setsubtract":     stdlib.SetSubtractFunc,
		"setunion":        stdlib.SetUnionFunc,
		"slice":           stdlib.SliceFunc,
		"sort":            stdlib.SortFunc,
		"sum":             sumFunc,
		"transpose":       transposeFunc,
		"values":          stdlib.ValuesFunc,
		"zipmap":          stdlib.ZipmapFunc,

		// Encoding.
		"base64decode":     base64DecodeFunc,
		"base64encode":     base64EncodeFunc,
		"base64gzip":       base64GzipFunc,
		"csvdecode":        guardDecoder("csvdecode", stdlib.CSVDecodeFunc, checkCSV),
		"jsondecode":       guardDecoder("jsondecode", stdlib.JSONDecodeFunc, checkDecodeInput),
		"jsonencode":       stdlib.JSONEncodeFunc,
		"textdecodebase64": textDecodeBase64Func,
		"textencodebase64": textEncodeBase64Func,
		"urlencode":        urlEncodeFunc,
		"yamldecode":       guardDecoder("yamldecode", ctyyaml.YAMLDecodeFunc, checkYAML),
		"yamlencode":       ctyyaml.YAMLEncodeFunc,

		// Date and time.
		"formatdate":    stdlib.FormatDateFunc,
		"timeadd":       stdlib.TimeAddFunc,
		"timecmp":       timeCmpFunc,
		"timestamp":     unknownFunc("timestamp() is known only when applied", cty.String, false),
		"plantimestamp": unknownFunc("plantimestamp() is known only when planned", cty.String, false),

		// Hash and crypto.
		"base64sha256": hashFunc(sha256New, b64Enc),
		"base64sha512": hashFunc(sha512New, b64Enc),
		"bcrypt":       bcryptFunc,
		"md5":          hashFunc(md5New, hexEnc),
		"rsadecrypt":   unknownFunc("rsadecrypt() needs a private key", cty.String, true, cty.String, cty.String),
		"sha1":         hashFunc(sha1New, hexEnc),
		"sha256":       hashFunc(sha256New, hexEnc),
		"sha512":       hashFunc(sha512New, hexEnc),
		"uuid":         unknownFunc("uuid() is random", cty.String, false),
		"uuidv5":       uuidV5Func,

		// IP network.
		"cidrhost":    cidrHostFunc,
		"cidrnetmask": cidrNetmaskFunc,
		"cidrsubnet":  cidrSubnetFunc,
		"cidrsubnets": cidrSubnetsFunc,

		// Filesystem paths (the file functions are in fileFunctions).
		"abspath":    absPathFunc(st),
		"basename":   baseNameFunc,
		"dirname":    dirNameFunc,
		"pathexpand": pathExpandFunc,

		// Type conversion, sensitivity and ephemerality (not tracked).
		"can":             tryfunc.CanFunc,
		"try":             tryfunc.TryFunc,
		"tobool":          conversion(cty.Bool),
		"tonumber":        conversion(cty.Number),
		"tostring":        conversion(cty.String),
		"tolist":          conversion(cty.List(cty.DynamicPseudoType)),
		"toset":           conversion(cty.Set(cty.DynamicPseudoType)),
		"tomap":           conversion(cty.Map(cty.DynamicPseudoType)),
		"type":            unknownFunc("type() is available only in terraform console", cty.DynamicPseudoType, true),
		"sensitive":       identityFunc,
		"nonsensitive":    identityFunc,
		"issensitive":     isSensitiveFunc,
		"ephemeralasnull": identityFunc,
	}
}

// builtinNames are the built-in functions of Terraform 1.11.
var builtinNames = []string{
	"abs", "abspath", "alltrue", "anytrue", "base64decode", "base64encode",
	"base64gzip", "base64sha256", "base64sha512", "basename", "bcrypt", "can",
	"ceil", "chomp", "chunklist", "cidrhost", "cidrnetmask", "cidrsubnet",
	"cidrsubnets", "coalesce", "coalescelist", "compact", "concat", "contains",
	"csvdecode", "dirname", "distinct", "element", "endswith", "ephemeralasnull",
	"file", "filebase64", "filebase64sha256", "filebase64sha512", "fileexists",
	"filemd5", "fileset", "filesha1", "filesha256", "filesha512", "flatten",
	"floor", "format", "formatdate", "formatlist", "indent", "index",
	"issensitive", "join", "jsondecode", "jsonencode", "keys", "length", "list",
	"log", "lookup", "lower", "map", "matchkeys", "max", "md5", "merge", "min",
	"nonsensitive", "one", "parseint", "pathexpand", "plantimestamp", "pow",
	"range", "regex", "regexall", "replace", "reverse", "rsadecrypt",
	"sensitive", "setintersection", "setproduct", "setsubtract", "setunion",
	"sha1", "sha256", "sha512", "signum", "slice", "sort", "split",
	"startswith", "strcontains", "strrev", "substr", "sum", "templatefile",
	"templatestring", "textdecodebase64", "textencodebase64", "timeadd",
	"timecmp", "timestamp", "title", "tobool", "tolist", "tomap", "tonumber",
	"toset", "tostring", "transpose", "trim", "trimprefix", "trimspace",
	"trimsuffix", "try", "type", "upper", "urlencode", "uuid", "uuidv5",
	"values", "yamldecode", "yamlencode", "zipmap",
}

// unknownBuiltins are the built-in functions deliberately left out of the
// map, so that a call evaluates to an unknown value: list and map were
// removed from the language in Terraform 0.15 and fail there.
var unknownBuiltins = map[string]string{
	"list": "removed in Terraform 0.15",
	"map":  "removed in Terraform 0.15",
}

// boundedRange is range() with Terraform's limit of 1024 values checked
// before any value is generated.
var boundedRange = function.New(&function.Spec{
	Description: stdlib.RangeFunc.Description(),
	VarParam:    &function.Parameter{Name: "params", Type: cty.Number},
	Type:        function.StaticReturnType(cty.List(cty.Number)),
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		if len(args) > 0 && len(args) <= 3 {
			var start, limit, step float64 = 0, 0, 1
			nums := make([]float64, len(args))
			for i, a := range args {
				nums[i], _ = a.AsBigFloat().Float64()
			}
			switch len(args) {
			case 1:
				limit = nums[0]
			case 2:
				start, limit = nums[0], nums[1]
			case 3:
				start, limit, step = nums[0], nums[1], nums[2]
			}
			if step != 0 && (limit-start)/step > maxRange {
				return unknownWhy(retType, "range() of more than 1024 values"), nil
			}
		}
		return stdlib.RangeFunc.Call(args)
	},
})

// conversion is Terraform's to* functions: an unsafe conversion (so
// "true" converts to a bool and "1" to a number) that lets null and
// unknown values through.
func conversion(ty cty.Type) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{
			Name: "v", Type: cty.DynamicPseudoType,
			AllowNull: true, AllowUnknown: true, AllowDynamicType: true, AllowMarked: true,
		}},
		Type: func(args []cty.Value) (cty.Type, error) {
			got := args[0].Type()
			if got.Equals(ty) {
				return ty, nil
			}
			if convert.GetConversionUnsafe(got, ty) == nil {
				return cty.NilType, function.NewArgErrorf(0, "cannot convert %s to %s", got.FriendlyName(), ty.FriendlyNameForConstraint())
			}
			if !ty.HasDynamicTypes() {
				return ty, nil
			}
			if !args[0].IsWhollyKnown() {
				// The element type depends on values not known yet.
				if got.IsTupleType() || got.IsObjectType() || got == cty.DynamicPseudoType {
					return cty.DynamicPseudoType, nil
				}
			}
			out, err := convert.Convert(args[0], ty)
			if err != nil {
				return cty.NilType, function.NewArgError(0, err)
			}
			return out.Type(), nil
		},
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			if retType == cty.DynamicPseudoType {
				return cty.DynamicVal, nil
			}
			out, err := convert.Convert(args[0], retType)
			if err != nil {
				return cty.NilVal, function.NewArgError(0, err)
			}
			return out, nil
		},
	})
}

// guard wraps f so that check sees the (unmarked) arguments first: when
// check returns false the call returns an unknown value instead of
// running f.
func guard(name string, f function.Function, check func(args []cty.Value) bool) function.Function {
	return function.New(&function.Spec{
		Description: f.Description(),
		Params:      f.Params(),
		VarParam:    f.VarParam(),
		Type:        f.ReturnTypeForValues,
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			if !check(unmarkAll(args)) {
				return unknownWhy(retType, tooLarge(name)), nil
			}
			return f.Call(args)
		},
	})
}

// unmarkAll returns args without their marks.
func unmarkAll(args []cty.Value) []cty.Value {
	out := make([]cty.Value, len(args))
	for i, a := range args {
		out[i], _ = a.UnmarkDeep()
	}
	return out
}

// guardDecoder is guard for the decoding functions, whose type depends on
// the document: check (which must be free of side effects) runs before the
// type is computed too, since computing it means decoding.
func guardDecoder(name string, f function.Function, check func(args []cty.Value) bool) function.Function {
	safe := func(args []cty.Value) bool {
		args = unmarkAll(args)
		for _, a := range args {
			if !a.IsWhollyKnown() || a.IsNull() || !a.Type().Equals(cty.String) {
				return true // the function itself deals with these
			}
		}
		return check(args)
	}
	return function.New(&function.Spec{
		Description: f.Description(),
		Params:      f.Params(),
		VarParam:    f.VarParam(),
		Type: func(args []cty.Value) (cty.Type, error) {
			if !safe(args) {
				return cty.DynamicPseudoType, nil
			}
			return f.ReturnTypeForValues(args)
		},
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			if !safe(args) {
				return unknownWhy(cty.DynamicPseudoType, tooLarge(name)), nil
			}
			return f.Call(args)
		},
	})
}

// unknownFunc is a function whose result cannot be known offline, for
// the reason why. With variadic set it accepts any number of arguments of
// any type; otherwise it takes params.
func unknownFunc(why string, ret cty.Type, variadic bool, params ...cty.Type) function.Function {
	spec := &function.Spec{
		Type: function.StaticReturnType(ret),
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			return unknownWhy(retType, why), nil
		},
	}
	for i, p := range params {
		spec.Params = append(spec.Params, function.Parameter{Name: "arg" + string(rune('a'+i)), Type: p, AllowNull: true, AllowUnknown: true, AllowDynamicType: true, AllowMarked: true})
	}
	if variadic && len(params) == 0 {
		spec.VarParam = &function.Parameter{Name: "args", Type: cty.DynamicPseudoType, AllowNull: true, AllowUnknown: true, AllowDynamicType: true, AllowMarked: true}
	}
	return function.New(spec)
}

var bcryptFunc = function.New(&function.Spec{
	Params:   []function.Parameter{{Name: "str", Type: cty.String, AllowUnknown: true, AllowMarked: true}},
	VarParam: &function.Parameter{Name: "cost", Type: cty.Number, AllowUnknown: true, AllowMarked: true},
	Type:     function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		return unknownWhy(cty.String, "bcrypt() uses a random salt"), nil
	},
})

// identityFunc stands for sensitive, nonsensitive and ephemeralasnull: the
// linter does not track sensitivity or ephemerality.
var identityFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowNull: true, AllowUnknown: true, AllowDynamicType: true, AllowMarked: true}},
	Type:   func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
	Impl:   func(args []cty.Value, retType cty.Type) (cty.Value, error) { return args[0], nil },
})

var isSensitiveFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowNull: true, AllowUnknown: true, AllowDynamicType: true, AllowMarked: true}},
	Type:   function.StaticReturnType(cty.Bool),
	Impl:   func(args []cty.Value, retType cty.Type) (cty.Value, error) { return cty.False, nil },
})

// recursiveTemplate stands for a template function called from inside a
// template, which Terraform refuses.
func recursiveTemplate(ret cty.Type, name string) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "template", Type: cty.String}},
		VarParam: &function.Parameter{Name: "vars", Type: cty.DynamicPseudoType,
			AllowNull: true, AllowUnknown: true, AllowDynamicType: true},
		Type: func(args []cty.Value) (cty.Type, error) {
			return cty.NilType, function.NewArgErrorf(0, "cannot recursively call %s from inside another template function", name)
		},
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			return cty.UnknownVal(ret), nil
		},
	})
}
