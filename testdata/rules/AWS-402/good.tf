resource "aws_appmesh_mesh" "shop" {
  name = "shop"
}

variable "access_log_path" {
  description = "Where the gateway's Envoy writes its access log."
  type        = string
  default     = "/dev/stdout"
}

resource "aws_appmesh_virtual_gateway" "public" {
  name      = "public"
  mesh_name = aws_appmesh_mesh.shop.id
  spec {
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
    logging {
      access_log {
        file {
          path = var.access_log_path
        }
      }
    }
  }
}
