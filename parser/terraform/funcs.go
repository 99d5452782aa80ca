package terraform

import (
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// functions returns the Terraform built-in functions that can be computed
// offline and whose go-cty stdlib implementation behaves as Terraform's
// does. A call to any other function evaluates to an unknown value, never
// to an error that fails the file.
func functions() map[string]function.Function {
	return map[string]function.Function{
		"abs":             stdlib.AbsoluteFunc,
		"ceil":            stdlib.CeilFunc,
		"chomp":           stdlib.ChompFunc,
		"chunklist":       stdlib.ChunklistFunc,
		"coalescelist":    stdlib.CoalesceListFunc,
		"compact":         stdlib.CompactFunc,
		"concat":          stdlib.ConcatFunc,
		"contains":        stdlib.ContainsFunc,
		"csvdecode":       stdlib.CSVDecodeFunc,
		"distinct":        stdlib.DistinctFunc,
		"element":         stdlib.ElementFunc,
		"flatten":         stdlib.FlattenFunc,
		"floor":           stdlib.FloorFunc,
		"format":          stdlib.FormatFunc,
		"formatlist":      stdlib.FormatListFunc,
		"indent":          stdlib.IndentFunc,
		"join":            stdlib.JoinFunc,
		"jsondecode":      stdlib.JSONDecodeFunc,
		"jsonencode":      stdlib.JSONEncodeFunc,
		"keys":            stdlib.KeysFunc,
		"log":             stdlib.LogFunc,
		"lower":           stdlib.LowerFunc,
		"max":             stdlib.MaxFunc,
		"merge":           stdlib.MergeFunc,
		"min":             stdlib.MinFunc,
		"parseint":        stdlib.ParseIntFunc,
		"pow":             stdlib.PowFunc,
		"range":           boundedRange,
		"regex":           stdlib.RegexFunc,
		"regexall":        stdlib.RegexAllFunc,
		"reverse":         stdlib.ReverseListFunc,
		"setintersection": stdlib.SetIntersectionFunc,
		"setproduct":      stdlib.SetProductFunc,
		"setsubtract":     stdlib.SetSubtractFunc,
		"setunion":        stdlib.SetUnionFunc,
		"signum":          stdlib.SignumFunc,
		"slice":           stdlib.SliceFunc,
		"sort":            stdlib.SortFunc,
		"split":           stdlib.SplitFunc,
		"strrev":          stdlib.ReverseFunc,
		"substr":          stdlib.SubstrFunc,
		"title":           stdlib.TitleFunc,
		"trim":            stdlib.TrimFunc,
		"trimprefix":      stdlib.TrimPrefixFunc,
		"trimspace":       stdlib.TrimSpaceFunc,
		"trimsuffix":      stdlib.TrimSuffixFunc,
		"upper":           stdlib.UpperFunc,
		"values":          stdlib.ValuesFunc,
		"zipmap":          stdlib.ZipmapFunc,
		"tostring":        conversion(cty.String),
		"tonumber":        conversion(cty.Number),
		"tobool":          conversion(cty.Bool),
		"tolist":          conversion(cty.List(cty.DynamicPseudoType)),
		"toset":           conversion(cty.Set(cty.DynamicPseudoType)),
		"tomap":           conversion(cty.Map(cty.DynamicPseudoType)),
	}
}

// maxRange bounds range() so that a hostile configuration cannot make the
// evaluator allocate without limit.
const maxRange = 100000

var boundedRange = function.New(&function.Spec{
	VarParam: &function.Parameter{Name: "params", Type: cty.Number},
	Type:     function.StaticReturnType(cty.List(cty.Number)),
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
				return cty.UnknownVal(retType), nil
			}
		}
		return stdlib.RangeFunc.Call(args)
	},
})

func conversion(ty cty.Type) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{
			Name: "v", Type: cty.DynamicPseudoType,
			AllowNull: true, AllowUnknown: true, AllowDynamicType: true, AllowMarked: true,
		}},
		Type: func(args []cty.Value) (cty.Type, error) {
			if ty.IsPrimitiveType() {
				return ty, nil
			}
			out, err := convert.Convert(args[0], ty)
			if err != nil {
				return cty.NilType, err
			}
			return out.Type(), nil
		},
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			return convert.Convert(args[0], retType)
		},
	})
}
