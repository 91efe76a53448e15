; BrainTS kernel for neuron model HodgkinHuxley (models/hh.ts:119), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): V, m, h, n, armed, I.
; Group-uniform parameters (params): Cm, gNa, gK, gL, ENa, EK, EL, V_th.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'HodgkinHuxley.cpu'
source_filename = "models/hh.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @HodgkinHuxley_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/hh.ts:106  update(t: number, dt: number) {
  %V.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %V.ptr = load double*, double** %V.slot, align 8, !dbg !7
  %m.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %m.ptr = load double*, double** %m.slot, align 8, !dbg !7
  %h.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %h.ptr = load double*, double** %h.slot, align 8, !dbg !7
  %n.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !7
  %n.ptr = load double*, double** %n.slot, align 8, !dbg !7
  %armed.slot = getelementptr inbounds double*, double** %fields, i64 4, !dbg !7
  %armed.ptr = load double*, double** %armed.slot, align 8, !dbg !7
  %I.slot = getelementptr inbounds double*, double** %fields, i64 5, !dbg !7
  %I.ptr = load double*, double** %I.slot, align 8, !dbg !7
  %Cm.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %Cm = load double, double* %Cm.slot, align 8, !dbg !7
  %gNa.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %gNa = load double, double* %gNa.slot, align 8, !dbg !7
  %gK.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %gK = load double, double* %gK.slot, align 8, !dbg !7
  %gL.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %gL = load double, double* %gL.slot, align 8, !dbg !7
  %ENa.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %ENa = load double, double* %ENa.slot, align 8, !dbg !7
  %EK.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %EK = load double, double* %EK.slot, align 8, !dbg !7
  %EL.slot = getelementptr inbounds double, double* %params, i64 6, !dbg !7
  %EL = load double, double* %EL.slot, align 8, !dbg !7
  %V_th.slot = getelementptr inbounds double, double* %params, i64 7, !dbg !7
  %V_th = load double, double* %V_th.slot, align 8, !dbg !7
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %u0 = fdiv double %dt, 6.000000e+00, !dbg !8
  %u1 = fmul double 5.000000e-01, %dt, !dbg !8
  %0 = icmp slt i64 %begin, %end, !dbg !8
  br i1 %0, label %neuron, label %done, !dbg !8

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !8
  %bad = phi i32 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !8
  %V.addr = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !9
  %V = load double, double* %V.addr, align 8, !dbg !9
  %I.addr = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !10
  %I = load double, double* %I.addr, align 8, !dbg !10
  %m.addr = getelementptr inbounds double, double* %m.ptr, i64 %i, !dbg !11
  %m = load double, double* %m.addr, align 8, !dbg !11
  %1 = fmul double %m, %m, !dbg !11
  %2 = fmul double %m, %1, !dbg !11
  %3 = fmul double %gNa, %2, !dbg !11
  %h.addr = getelementptr inbounds double, double* %h.ptr, i64 %i, !dbg !12
  %h = load double, double* %h.addr, align 8, !dbg !12
  %4 = fmul double %3, %h, !dbg !12
  ; models/hh.ts:92  const INa = this.gNa * m ** 3 * h * (V - this.ENa);
  %5 = fsub double %V, %ENa, !dbg !13
  %6 = fmul double %4, %5, !dbg !13
  %7 = fsub double %I, %6, !dbg !13
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %n.addr = getelementptr inbounds double, double* %n.ptr, i64 %i, !dbg !14
  %n = load double, double* %n.addr, align 8, !dbg !14
  %8 = fmul double %n, %n, !dbg !14
  %9 = fmul double %8, %8, !dbg !14
  %10 = fmul double %gK, %9, !dbg !14
  ; models/hh.ts:93  const IK = this.gK * n ** 4 * (V - this.EK);
  %11 = fsub double %V, %EK, !dbg !15
  %12 = fmul double %10, %11, !dbg !15
  %13 = fsub double %7, %12, !dbg !15
  ; models/hh.ts:94  const IL = this.gL * (V - this.EL);
  %14 = fsub double %V, %EL, !dbg !16
  %15 = fmul double %gL, %14, !dbg !16
  %16 = fsub double %13, %15, !dbg !16
  ; models/hh.ts:96  (I - INa - IK - IL) / this.Cm,
  %17 = fdiv double %16, %Cm, !dbg !17
  ; models/hh.ts:41  return 1 / exprel(-(V + 40) / 10);
  %18 = fadd double %V, 4.000000e+01, !dbg !18
  %19 = fneg double %18, !dbg !18
  %20 = fdiv double %19, 1.000000e+01, !dbg !19
  %21 = call double @llvm.exp.f64(double %20), !dbg !19
  %22 = fsub double %21, 1.000000e+00, !dbg !19
  %23 = call double @llvm.log.f64(double %21), !dbg !19
  %24 = fdiv double %22, %23, !dbg !19
  %25 = fcmp oeq double %21, 1.000000e+00, !dbg !19
  %26 = select i1 %25, double 1.000000e+00, double %24, !dbg !19
  %27 = fcmp oeq double %21, 0x7FF0000000000000, !dbg !19
  %28 = select i1 %27, double %21, double %26, !dbg !19
  %29 = fdiv double 1.000000e+00, %28, !dbg !19
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %30 = fsub double 1.000000e+00, %m, !dbg !20
  %31 = fmul double %29, %30, !dbg !20
  ; models/hh.ts:45  return 4 * Math.exp(-(V + 65) / 18);
  %32 = fadd double %V, 6.500000e+01, !dbg !21
  %33 = fneg double %32, !dbg !21
  %34 = fdiv double %33, 1.800000e+01, !dbg !22
  %35 = call double @llvm.exp.f64(double %34), !dbg !22
  %36 = fmul double 4.000000e+00, %35, !dbg !22
  %37 = fmul double %36, %m, !dbg !22
  %38 = fsub double %31, %37, !dbg !22
  %39 = fmul double %u1, %38, !dbg !22
  %40 = fadd double %m, %39, !dbg !22
  %41 = fmul double %40, %40, !dbg !22
  %42 = fmul double %40, %41, !dbg !22
  %43 = fmul double %gNa, %42, !dbg !22
  ; models/hh.ts:49  return 0.07 * Math.exp(-(V + 65) / 20);
  %44 = fadd double %V, 6.500000e+01, !dbg !23
  %45 = fneg double %44, !dbg !23
  %46 = fdiv double %45, 2.000000e+01, !dbg !24
  %47 = call double @llvm.exp.f64(double %46), !dbg !24
  %48 = fmul double 7.000000e-02, %47, !dbg !24
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %49 = fsub double 1.000000e+00, %h, !dbg !20
  %50 = fmul double %48, %49, !dbg !20
  ; models/hh.ts:53  return 1 / (1 + Math.exp(-(V + 35) / 10));
  %51 = fadd double %V, 3.500000e+01, !dbg !25
  %52 = fneg double %51, !dbg !25
  %53 = fdiv double %52, 1.000000e+01, !dbg !26
  %54 = call double @llvm.exp.f64(double %53), !dbg !26
  %55 = fadd double 1.000000e+00, %54, !dbg !26
  %56 = fdiv double 1.000000e+00, %55, !dbg !26
  %57 = fmul double %56, %h, !dbg !26
  %58 = fsub double %50, %57, !dbg !26
  %59 = fmul double %u1, %58, !dbg !26
  %60 = fadd double %h, %59, !dbg !26
  %61 = fmul double %43, %60, !dbg !26
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %62 = fmul double %u1, %17, !dbg !8
  %63 = fadd double %V, %62, !dbg !8
  %64 = fsub double %63, %ENa, !dbg !8
  %65 = fmul double %61, %64, !dbg !8
  %66 = fsub double %I, %65, !dbg !8
  ; models/hh.ts:57  return 0.1 / exprel(-(V + 55) / 10);
  %67 = fadd double %V, 5.500000e+01, !dbg !27
  %68 = fneg double %67, !dbg !27
  %69 = fdiv double %68, 1.000000e+01, !dbg !28
  %70 = call double @llvm.exp.f64(double %69), !dbg !28
  %71 = fsub double %70, 1.000000e+00, !dbg !28
  %72 = call double @llvm.log.f64(double %70), !dbg !28
  %73 = fdiv double %71, %72, !dbg !28
  %74 = fcmp oeq double %70, 1.000000e+00, !dbg !28
  %75 = select i1 %74, double 1.000000e+00, double %73, !dbg !28
  %76 = fcmp oeq double %70, 0x7FF0000000000000, !dbg !28
  %77 = select i1 %76, double %70, double %75, !dbg !28
  %78 = fdiv double 1.000000e-01, %77, !dbg !28
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %79 = fsub double 1.000000e+00, %n, !dbg !20
  %80 = fmul double %78, %79, !dbg !20
  ; models/hh.ts:61  return 0.125 * Math.exp(-(V + 65) / 80);
  %81 = fadd double %V, 6.500000e+01, !dbg !29
  %82 = fneg double %81, !dbg !29
  %83 = fdiv double %82, 8.000000e+01, !dbg !30
  %84 = call double @llvm.exp.f64(double %83), !dbg !30
  %85 = fmul double 1.250000e-01, %84, !dbg !30
  %86 = fmul double %85, %n, !dbg !30
  %87 = fsub double %80, %86, !dbg !30
  %88 = fmul double %u1, %87, !dbg !30
  %89 = fadd double %n, %88, !dbg !30
  %90 = fmul double %89, %89, !dbg !30
  %91 = fmul double %90, %90, !dbg !30
  %92 = fmul double %gK, %91, !dbg !30
  ; models/hh.ts:93  const IK = this.gK * n ** 4 * (V - this.EK);
  %93 = fsub double %63, %EK, !dbg !31
  %94 = fmul double %92, %93, !dbg !31
  %95 = fsub double %66, %94, !dbg !31
  ; models/hh.ts:94  const IL = this.gL * (V - this.EL);
  %96 = fsub double %63, %EL, !dbg !32
  %97 = fmul double %gL, %96, !dbg !32
  %98 = fsub double %95, %97, !dbg !32
  %99 = fdiv double %98, %Cm, !dbg !32
  %100 = fmul double 2.000000e+00, %99, !dbg !32
  %101 = fadd double %17, %100, !dbg !32
  ; models/hh.ts:41  return 1 / exprel(-(V + 40) / 10);
  %102 = fadd double %63, 4.000000e+01, !dbg !33
  %103 = fneg double %102, !dbg !33
  %104 = fdiv double %103, 1.000000e+01, !dbg !33
  %105 = call double @llvm.exp.f64(double %104), !dbg !33
  %106 = fsub double %105, 1.000000e+00, !dbg !33
  %107 = call double @llvm.log.f64(double %105), !dbg !33
  %108 = fdiv double %106, %107, !dbg !33
  %109 = fcmp oeq double %105, 1.000000e+00, !dbg !33
  %110 = select i1 %109, double 1.000000e+00, double %108, !dbg !33
  %111 = fcmp oeq double %105, 0x7FF0000000000000, !dbg !33
  %112 = select i1 %111, double %105, double %110, !dbg !33
  %113 = fdiv double 1.000000e+00, %112, !dbg !33
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %114 = fsub double 1.000000e+00, %40, !dbg !20
  %115 = fmul double %113, %114, !dbg !20
  ; models/hh.ts:45  return 4 * Math.exp(-(V + 65) / 18);
  %116 = fadd double %63, 6.500000e+01, !dbg !34
  %117 = fneg double %116, !dbg !34
  %118 = fdiv double %117, 1.800000e+01, !dbg !34
  %119 = call double @llvm.exp.f64(double %118), !dbg !34
  %120 = fmul double 4.000000e+00, %119, !dbg !34
  %121 = fmul double %120, %40, !dbg !34
  %122 = fsub double %115, %121, !dbg !34
  %123 = fmul double %u1, %122, !dbg !34
  %124 = fadd double %m, %123, !dbg !34
  %125 = fmul double %124, %124, !dbg !34
  %126 = fmul double %124, %125, !dbg !34
  %127 = fmul double %gNa, %126, !dbg !34
  ; models/hh.ts:49  return 0.07 * Math.exp(-(V + 65) / 20);
  %128 = fadd double %63, 6.500000e+01, !dbg !35
  %129 = fneg double %128, !dbg !35
  %130 = fdiv double %129, 2.000000e+01, !dbg !35
  %131 = call double @llvm.exp.f64(double %130), !dbg !35
  %132 = fmul double 7.000000e-02, %131, !dbg !35
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %133 = fsub double 1.000000e+00, %60, !dbg !20
  %134 = fmul double %132, %133, !dbg !20
  ; models/hh.ts:53  return 1 / (1 + Math.exp(-(V + 35) / 10));
  %135 = fadd double %63, 3.500000e+01, !dbg !36
  %136 = fneg double %135, !dbg !36
  %137 = fdiv double %136, 1.000000e+01, !dbg !36
  %138 = call double @llvm.exp.f64(double %137), !dbg !36
  %139 = fadd double 1.000000e+00, %138, !dbg !36
  %140 = fdiv double 1.000000e+00, %139, !dbg !36
  %141 = fmul double %140, %60, !dbg !36
  %142 = fsub double %134, %141, !dbg !36
  %143 = fmul double %u1, %142, !dbg !36
  %144 = fadd double %h, %143, !dbg !36
  %145 = fmul double %127, %144, !dbg !36
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %146 = fmul double %u1, %99, !dbg !8
  %147 = fadd double %V, %146, !dbg !8
  %148 = fsub double %147, %ENa, !dbg !8
  %149 = fmul double %145, %148, !dbg !8
  %150 = fsub double %I, %149, !dbg !8
  ; models/hh.ts:57  return 0.1 / exprel(-(V + 55) / 10);
  %151 = fadd double %63, 5.500000e+01, !dbg !37
  %152 = fneg double %151, !dbg !37
  %153 = fdiv double %152, 1.000000e+01, !dbg !37
  %154 = call double @llvm.exp.f64(double %153), !dbg !37
  %155 = fsub double %154, 1.000000e+00, !dbg !37
  %156 = call double @llvm.log.f64(double %154), !dbg !37
  %157 = fdiv double %155, %156, !dbg !37
  %158 = fcmp oeq double %154, 1.000000e+00, !dbg !37
  %159 = select i1 %158, double 1.000000e+00, double %157, !dbg !37
  %160 = fcmp oeq double %154, 0x7FF0000000000000, !dbg !37
  %161 = select i1 %160, double %154, double %159, !dbg !37
  %162 = fdiv double 1.000000e-01, %161, !dbg !37
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %163 = fsub double 1.000000e+00, %89, !dbg !20
  %164 = fmul double %162, %163, !dbg !20
  ; models/hh.ts:61  return 0.125 * Math.exp(-(V + 65) / 80);
  %165 = fadd double %63, 6.500000e+01, !dbg !38
  %166 = fneg double %165, !dbg !38
  %167 = fdiv double %166, 8.000000e+01, !dbg !38
  %168 = call double @llvm.exp.f64(double %167), !dbg !38
  %169 = fmul double 1.250000e-01, %168, !dbg !38
  %170 = fmul double %169, %89, !dbg !38
  %171 = fsub double %164, %170, !dbg !38
  %172 = fmul double %u1, %171, !dbg !38
  %173 = fadd double %n, %172, !dbg !38
  %174 = fmul double %173, %173, !dbg !38
  %175 = fmul double %174, %174, !dbg !38
  %176 = fmul double %gK, %175, !dbg !38
  ; models/hh.ts:93  const IK = this.gK * n ** 4 * (V - this.EK);
  %177 = fsub double %147, %EK, !dbg !31
  %178 = fmul double %176, %177, !dbg !31
  %179 = fsub double %150, %178, !dbg !31
  ; models/hh.ts:94  const IL = this.gL * (V - this.EL);
  %180 = fsub double %147, %EL, !dbg !32
  %181 = fmul double %gL, %180, !dbg !32
  %182 = fsub double %179, %181, !dbg !32
  %183 = fdiv double %182, %Cm, !dbg !32
  %184 = fmul double 2.000000e+00, %183, !dbg !32
  %185 = fadd double %101, %184, !dbg !32
  ; models/hh.ts:41  return 1 / exprel(-(V + 40) / 10);
  %186 = fadd double %147, 4.000000e+01, !dbg !33
  %187 = fneg double %186, !dbg !33
  %188 = fdiv double %187, 1.000000e+01, !dbg !33
  %189 = call double @llvm.exp.f64(double %188), !dbg !33
  %190 = fsub double %189, 1.000000e+00, !dbg !33
  %191 = call double @llvm.log.f64(double %189), !dbg !33
  %192 = fdiv double %190, %191, !dbg !33
  %193 = fcmp oeq double %189, 1.000000e+00, !dbg !33
  %194 = select i1 %193, double 1.000000e+00, double %192, !dbg !33
  %195 = fcmp oeq double %189, 0x7FF0000000000000, !dbg !33
  %196 = select i1 %195, double %189, double %194, !dbg !33
  %197 = fdiv double 1.000000e+00, %196, !dbg !33
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %198 = fsub double 1.000000e+00, %124, !dbg !20
  %199 = fmul double %197, %198, !dbg !20
  ; models/hh.ts:45  return 4 * Math.exp(-(V + 65) / 18);
  %200 = fadd double %147, 6.500000e+01, !dbg !34
  %201 = fneg double %200, !dbg !34
  %202 = fdiv double %201, 1.800000e+01, !dbg !34
  %203 = call double @llvm.exp.f64(double %202), !dbg !34
  %204 = fmul double 4.000000e+00, %203, !dbg !34
  %205 = fmul double %204, %124, !dbg !34
  %206 = fsub double %199, %205, !dbg !34
  %207 = fmul double %dt, %206, !dbg !34
  %208 = fadd double %m, %207, !dbg !34
  %209 = fmul double %208, %208, !dbg !34
  %210 = fmul double %208, %209, !dbg !34
  %211 = fmul double %gNa, %210, !dbg !34
  ; models/hh.ts:49  return 0.07 * Math.exp(-(V + 65) / 20);
  %212 = fadd double %147, 6.500000e+01, !dbg !35
  %213 = fneg double %212, !dbg !35
  %214 = fdiv double %213, 2.000000e+01, !dbg !35
  %215 = call double @llvm.exp.f64(double %214), !dbg !35
  %216 = fmul double 7.000000e-02, %215, !dbg !35
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %217 = fsub double 1.000000e+00, %144, !dbg !20
  %218 = fmul double %216, %217, !dbg !20
  ; models/hh.ts:53  return 1 / (1 + Math.exp(-(V + 35) / 10));
  %219 = fadd double %147, 3.500000e+01, !dbg !36
  %220 = fneg double %219, !dbg !36
  %221 = fdiv double %220, 1.000000e+01, !dbg !36
  %222 = call double @llvm.exp.f64(double %221), !dbg !36
  %223 = fadd double 1.000000e+00, %222, !dbg !36
  %224 = fdiv double 1.000000e+00, %223, !dbg !36
  %225 = fmul double %224, %144, !dbg !36
  %226 = fsub double %218, %225, !dbg !36
  %227 = fmul double %dt, %226, !dbg !36
  %228 = fadd double %h, %227, !dbg !36
  %229 = fmul double %211, %228, !dbg !36
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %230 = fmul double %dt, %183, !dbg !8
  %231 = fadd double %V, %230, !dbg !8
  %232 = fsub double %231, %ENa, !dbg !8
  %233 = fmul double %229, %232, !dbg !8
  %234 = fsub double %I, %233, !dbg !8
  ; models/hh.ts:57  return 0.1 / exprel(-(V + 55) / 10);
  %235 = fadd double %147, 5.500000e+01, !dbg !37
  %236 = fneg double %235, !dbg !37
  %237 = fdiv double %236, 1.000000e+01, !dbg !37
  %238 = call double @llvm.exp.f64(double %237), !dbg !37
  %239 = fsub double %238, 1.000000e+00, !dbg !37
  %240 = call double @llvm.log.f64(double %238), !dbg !37
  %241 = fdiv double %239, %240, !dbg !37
  %242 = fcmp oeq double %238, 1.000000e+00, !dbg !37
  %243 = select i1 %242, double 1.000000e+00, double %241, !dbg !37
  %244 = fcmp oeq double %238, 0x7FF0000000000000, !dbg !37
  %245 = select i1 %244, double %238, double %243, !dbg !37
  %246 = fdiv double 1.000000e-01, %245, !dbg !37
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %247 = fsub double 1.000000e+00, %173, !dbg !20
  %248 = fmul double %246, %247, !dbg !20
  ; models/hh.ts:61  return 0.125 * Math.exp(-(V + 65) / 80);
  %249 = fadd double %147, 6.500000e+01, !dbg !38
  %250 = fneg double %249, !dbg !38
  %251 = fdiv double %250, 8.000000e+01, !dbg !38
  %252 = call double @llvm.exp.f64(double %251), !dbg !38
  %253 = fmul double 1.250000e-01, %252, !dbg !38
  %254 = fmul double %253, %173, !dbg !38
  %255 = fsub double %248, %254, !dbg !38
  %256 = fmul double %dt, %255, !dbg !38
  %257 = fadd double %n, %256, !dbg !38
  %258 = fmul double %257, %257, !dbg !38
  %259 = fmul double %258, %258, !dbg !38
  %260 = fmul double %gK, %259, !dbg !38
  ; models/hh.ts:93  const IK = this.gK * n ** 4 * (V - this.EK);
  %261 = fsub double %231, %EK, !dbg !31
  %262 = fmul double %260, %261, !dbg !31
  %263 = fsub double %234, %262, !dbg !31
  ; models/hh.ts:94  const IL = this.gL * (V - this.EL);
  %264 = fsub double %231, %EL, !dbg !32
  %265 = fmul double %gL, %264, !dbg !32
  %266 = fsub double %263, %265, !dbg !32
  %267 = fdiv double %266, %Cm, !dbg !32
  %268 = fadd double %185, %267, !dbg !32
  %269 = fmul double %u0, %268, !dbg !32
  %270 = fadd double %V, %269, !dbg !32
  ; models/hh.ts:111  if (this.V > this.V_th && this.armed > 0.5) {
  %271 = fcmp ogt double %270, %V_th, !dbg !39
  ; models/hh.ts:108  if (!(this.V > this.V_th)) this.armed = 1;
  %272 = fcmp ogt double %V, %V_th, !dbg !40
  %273 = xor i1 %272, true, !dbg !40
  ; models/hh.ts:87  @state armed = 1;
  %armed.addr = getelementptr inbounds double, double* %armed.ptr, i64 %i, !dbg !41
  %armed = load double, double* %armed.addr, align 8, !dbg !41
  %274 = select i1 %273, double 1.000000e+00, double %armed, !dbg !41
  ; models/hh.ts:111  if (this.V > this.V_th && this.armed > 0.5) {
  %275 = fcmp ogt double %274, 5.000000e-01, !dbg !42
  %276 = and i1 %271, %275, !dbg !42
  ; models/hh.ts:112  this.armed = 0;
  %armed.next = select i1 %276, double 0.000000e+00, double %274, !dbg !43
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %277 = fmul double 2.000000e+00, %122, !dbg !8
  %278 = fadd double %38, %277, !dbg !8
  %279 = fmul double 2.000000e+00, %206, !dbg !8
  %280 = fadd double %278, %279, !dbg !8
  ; models/hh.ts:41  return 1 / exprel(-(V + 40) / 10);
  %281 = fadd double %231, 4.000000e+01, !dbg !33
  %282 = fneg double %281, !dbg !33
  %283 = fdiv double %282, 1.000000e+01, !dbg !33
  %284 = call double @llvm.exp.f64(double %283), !dbg !33
  %285 = fsub double %284, 1.000000e+00, !dbg !33
  %286 = call double @llvm.log.f64(double %284), !dbg !33
  %287 = fdiv double %285, %286, !dbg !33
  %288 = fcmp oeq double %284, 1.000000e+00, !dbg !33
  %289 = select i1 %288, double 1.000000e+00, double %287, !dbg !33
  %290 = fcmp oeq double %284, 0x7FF0000000000000, !dbg !33
  %291 = select i1 %290, double %284, double %289, !dbg !33
  %292 = fdiv double 1.000000e+00, %291, !dbg !33
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %293 = fsub double 1.000000e+00, %208, !dbg !20
  %294 = fmul double %292, %293, !dbg !20
  ; models/hh.ts:45  return 4 * Math.exp(-(V + 65) / 18);
  %295 = fadd double %231, 6.500000e+01, !dbg !34
  %296 = fneg double %295, !dbg !34
  %297 = fdiv double %296, 1.800000e+01, !dbg !34
  %298 = call double @llvm.exp.f64(double %297), !dbg !34
  %299 = fmul double 4.000000e+00, %298, !dbg !34
  %300 = fmul double %299, %208, !dbg !34
  %301 = fsub double %294, %300, !dbg !34
  %302 = fadd double %280, %301, !dbg !34
  %303 = fmul double %u0, %302, !dbg !34
  %m.next = fadd double %m, %303, !dbg !34
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %304 = fmul double 2.000000e+00, %142, !dbg !8
  %305 = fadd double %58, %304, !dbg !8
  %306 = fmul double 2.000000e+00, %226, !dbg !8
  %307 = fadd double %305, %306, !dbg !8
  ; models/hh.ts:49  return 0.07 * Math.exp(-(V + 65) / 20);
  %308 = fadd double %231, 6.500000e+01, !dbg !35
  %309 = fneg double %308, !dbg !35
  %310 = fdiv double %309, 2.000000e+01, !dbg !35
  %311 = call double @llvm.exp.f64(double %310), !dbg !35
  %312 = fmul double 7.000000e-02, %311, !dbg !35
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %313 = fsub double 1.000000e+00, %228, !dbg !20
  %314 = fmul double %312, %313, !dbg !20
  ; models/hh.ts:53  return 1 / (1 + Math.exp(-(V + 35) / 10));
  %315 = fadd double %231, 3.500000e+01, !dbg !36
  %316 = fneg double %315, !dbg !36
  %317 = fdiv double %316, 1.000000e+01, !dbg !36
  %318 = call double @llvm.exp.f64(double %317), !dbg !36
  %319 = fadd double 1.000000e+00, %318, !dbg !36
  %320 = fdiv double 1.000000e+00, %319, !dbg !36
  %321 = fmul double %320, %228, !dbg !36
  %322 = fsub double %314, %321, !dbg !36
  %323 = fadd double %307, %322, !dbg !36
  %324 = fmul double %u0, %323, !dbg !36
  %h.next = fadd double %h, %324, !dbg !36
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %325 = fmul double 2.000000e+00, %171, !dbg !8
  %326 = fadd double %87, %325, !dbg !8
  %327 = fmul double 2.000000e+00, %255, !dbg !8
  %328 = fadd double %326, %327, !dbg !8
  ; models/hh.ts:57  return 0.1 / exprel(-(V + 55) / 10);
  %329 = fadd double %231, 5.500000e+01, !dbg !37
  %330 = fneg double %329, !dbg !37
  %331 = fdiv double %330, 1.000000e+01, !dbg !37
  %332 = call double @llvm.exp.f64(double %331), !dbg !37
  %333 = fsub double %332, 1.000000e+00, !dbg !37
  %334 = call double @llvm.log.f64(double %332), !dbg !37
  %335 = fdiv double %333, %334, !dbg !37
  %336 = fcmp oeq double %332, 1.000000e+00, !dbg !37
  %337 = select i1 %336, double 1.000000e+00, double %335, !dbg !37
  %338 = fcmp oeq double %332, 0x7FF0000000000000, !dbg !37
  %339 = select i1 %338, double %332, double %337, !dbg !37
  %340 = fdiv double 1.000000e-01, %339, !dbg !37
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %341 = fsub double 1.000000e+00, %257, !dbg !20
  %342 = fmul double %340, %341, !dbg !20
  ; models/hh.ts:61  return 0.125 * Math.exp(-(V + 65) / 80);
  %343 = fadd double %231, 6.500000e+01, !dbg !38
  %344 = fneg double %343, !dbg !38
  %345 = fdiv double %344, 8.000000e+01, !dbg !38
  %346 = call double @llvm.exp.f64(double %345), !dbg !38
  %347 = fmul double 1.250000e-01, %346, !dbg !38
  %348 = fmul double %347, %257, !dbg !38
  %349 = fsub double %342, %348, !dbg !38
  %350 = fadd double %328, %349, !dbg !38
  %351 = fmul double %u0, %350, !dbg !38
  %n.next = fadd double %n, %351, !dbg !38
  ; models/hh.ts:112  this.armed = 0;
  %armed.addr1 = getelementptr inbounds double, double* %armed.ptr, i64 %i, !dbg !44
  store double %armed.next, double* %armed.addr1, align 8, !dbg !44
  %352 = fsub double %armed.next, %armed.next, !dbg !44
  %armed.bad = fcmp une double %352, 0.000000e+00, !dbg !44
  %353 = zext i1 %armed.bad to i32, !dbg !44
  %354 = or i32 0, %353, !dbg !44
  ; models/hh.ts:109  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %V.addr2 = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !45
  store double %270, double* %V.addr2, align 8, !dbg !45
  %355 = fsub double %270, %270, !dbg !45
  %V.bad = fcmp une double %355, 0.000000e+00, !dbg !45
  %356 = zext i1 %V.bad to i32, !dbg !45
  %357 = or i32 %354, %356, !dbg !45
  %m.addr3 = getelementptr inbounds double, double* %m.ptr, i64 %i, !dbg !45
  store double %m.next, double* %m.addr3, align 8, !dbg !45
  %358 = fsub double %m.next, %m.next, !dbg !45
  %m.bad = fcmp une double %358, 0.000000e+00, !dbg !45
  %359 = zext i1 %m.bad to i32, !dbg !45
  %360 = or i32 %357, %359, !dbg !45
  %h.addr4 = getelementptr inbounds double, double* %h.ptr, i64 %i, !dbg !45
  store double %h.next, double* %h.addr4, align 8, !dbg !45
  %361 = fsub double %h.next, %h.next, !dbg !45
  %h.bad = fcmp une double %361, 0.000000e+00, !dbg !45
  %362 = zext i1 %h.bad to i32, !dbg !45
  %363 = or i32 %360, %362, !dbg !45
  %n.addr5 = getelementptr inbounds double, double* %n.ptr, i64 %i, !dbg !45
  store double %n.next, double* %n.addr5, align 8, !dbg !45
  %364 = fsub double %n.next, %n.next, !dbg !45
  %n.bad = fcmp une double %364, 0.000000e+00, !dbg !45
  %365 = zext i1 %n.bad to i32, !dbg !45
  %366 = or i32 %363, %365, !dbg !45
  ; models/hh.ts:88  @current I = 0; // uA/cm2
  %I.addr6 = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !46
  store double 0.000000e+00, double* %I.addr6, align 8, !dbg !46
  ; models/hh.ts:106  update(t: number, dt: number) {
  %spiked.byte = zext i1 %276 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i32 %bad, %366, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %367 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %367, label %neuron, label %done, !dbg !7

done:                                             ; preds = %neuron, %entry
  %result = phi i32 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  ret i32 %result, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.exp.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.log.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "hh.ts", directory: "models")
!4 = distinct !DISubprogram(name: "HodgkinHuxley.update", linkageName: "HodgkinHuxley_update", scope: !3, file: !3, line: 106, type: !5, scopeLine: 106, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 106, column: 3, scope: !4)
!8 = !DILocation(line: 109, column: 40, scope: !4)
!9 = !DILocation(line: 109, column: 54, scope: !4)
!10 = !DILocation(line: 109, column: 86, scope: !4)
!11 = !DILocation(line: 109, column: 62, scope: !4)
!12 = !DILocation(line: 109, column: 70, scope: !4)
!13 = !DILocation(line: 92, column: 46, scope: !4)
!14 = !DILocation(line: 109, column: 78, scope: !4)
!15 = !DILocation(line: 93, column: 40, scope: !4)
!16 = !DILocation(line: 94, column: 31, scope: !4)
!17 = !DILocation(line: 96, column: 29, scope: !4)
!18 = !DILocation(line: 41, column: 27, scope: !4)
!19 = !DILocation(line: 41, column: 33, scope: !4)
!20 = !DILocation(line: 66, column: 19, scope: !4)
!21 = !DILocation(line: 45, column: 29, scope: !4)
!22 = !DILocation(line: 45, column: 35, scope: !4)
!23 = !DILocation(line: 49, column: 32, scope: !4)
!24 = !DILocation(line: 49, column: 38, scope: !4)
!25 = !DILocation(line: 53, column: 34, scope: !4)
!26 = !DILocation(line: 53, column: 40, scope: !4)
!27 = !DILocation(line: 57, column: 29, scope: !4)
!28 = !DILocation(line: 57, column: 35, scope: !4)
!29 = !DILocation(line: 61, column: 33, scope: !4)
!30 = !DILocation(line: 61, column: 39, scope: !4)
!31 = !DILocation(line: 93, column: 36, scope: !4)
!32 = !DILocation(line: 94, column: 27, scope: !4)
!33 = !DILocation(line: 41, column: 23, scope: !4)
!34 = !DILocation(line: 45, column: 25, scope: !4)
!35 = !DILocation(line: 49, column: 28, scope: !4)
!36 = !DILocation(line: 53, column: 30, scope: !4)
!37 = !DILocation(line: 57, column: 25, scope: !4)
!38 = !DILocation(line: 61, column: 29, scope: !4)
!39 = !DILocation(line: 111, column: 18, scope: !4)
!40 = !DILocation(line: 108, column: 20, scope: !4)
!41 = !DILocation(line: 87, column: 3, scope: !4)
!42 = !DILocation(line: 111, column: 44, scope: !4)
!43 = !DILocation(line: 112, column: 20, scope: !4)
!44 = !DILocation(line: 112, column: 7, scope: !4)
!45 = !DILocation(line: 109, column: 5, scope: !4)
!46 = !DILocation(line: 88, column: 3, scope: !4)
; braints-hash: ecc56a5bdcdbcdf6f12dc55ef79848119f736a80461c44f807143c67fe332199
