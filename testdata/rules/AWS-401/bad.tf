resource "aws_appmesh_mesh" "shop" {
  name = "shop"
}

resource "aws_appmesh_virtual_gateway" "public" {
  name      = "public"
  mesh_name = aws_appmesh_mesh.shop.id
  spec {
    listener { # want AWS-401 "spec.listener.tls.mode"
      port_mapping {
        port     = 8080
        protocol = "http"
      }
    }
    logging {
      access_log {
        file {
          path = "/dev/stdout"
        }
      }
    }
  }
}

variable "tls_mode" {
  description = "TLS mode of the partner gateway."
  type        = string
  default     = "PERMISSIVE"
}

resource "aws_appmesh_virtual_gateway" "partners" {
  name      = "partners"
  mesh_name = aws_appmesh_mesh.shop.id
  spec {
    listener {
      port_mapping {
        port     = 8443
        protocol = "http2"
      }
      tls {
        mode = var.tls_mode # want AWS-401 "PERMISSIVE"
        certificate {
          file {
            certificate_chain = "/certs/chain.pem"
            private_key       = "/certs/key.pem"
          }
        }
      }
    }
    logging {
      access_log {
        file {
          path = "/dev/stdout"
        }
      }
    }
  }
}
