# soc2lint in a container: a static binary on an empty image, run as a
# non-root user. Build and use:
#
#   docker build -t soc2lint --build-arg VERSION=v1.2.3 .
#   docker run --rm -v "$PWD:/src" soc2lint lint .
#
# The build stage's Go is at least the version go.mod declares.

FROM golang:1.25 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=""
ARG COMMIT=""
ARG DATE=""
RUN CGO_ENABLED=0 go build -trimpath -buildvcs=false \
      -ldflags "-s -w -buildid= -X main.version=${VERSION} -X main.commit=${COMMIT} -X main.date=${DATE}" \
      -o /out/soc2lint ./cmd/soc2lint

FROM scratch
COPY --from=build /out/soc2lint /usr/local/bin/soc2lint
ENV PATH=/usr/local/bin
# 65532 is the conventional "nonroot" user id; scratch has no user database.
USER 65532:65532
WORKDIR /src
ENTRYPOINT ["soc2lint"]
CMD ["lint", "."]
