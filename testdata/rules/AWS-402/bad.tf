resource "aws_appmesh_mesh" "shop" {
  name = "shop"
}

resource "aws_appmesh_virtual_gateway" "public" {
  name      = "public"
  mesh_name = aws_appmesh_mesh.shop.id
  spec { # want AWS-402 "spec.logging.access_log.file.path"
    listener {
      port_mapping {
        port     = 8443
        protocol = "http"
      }
      tls {
        mode = "STRICT"
        certificate {
          sds {
            secret_name = "public-cert"
          }
        }
      }
    }
  }
}
