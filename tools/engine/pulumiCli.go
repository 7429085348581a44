//go:build tools

// Package engine names the CLI's main package so that `go mod tidy` keeps its requirements in go.mod and go.sum.
package engine

import _ "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi"
