; BrainTS kernel for neuron model MorrisLecar (models/morris_lecar.ts:26), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): V, w, I, armed.
; Group-uniform parameters (params): C, gL, gCa, gK, VL, VCa, VK, V1, V2, V3, V4, phi, V_th.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'MorrisLecar.cpu'
source_filename = "models/morris_lecar.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @MorrisLecar_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/morris_lecar.ts:55  update(t: number, dt: number) {
  %V.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %V.ptr = load double*, double** %V.slot, align 8, !dbg !7
  %w.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %w.ptr = load double*, double** %w.slot, align 8, !dbg !7
  %I.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %I.ptr = load double*, double** %I.slot, align 8, !dbg !7
  %armed.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !7
  %armed.ptr = load double*, double** %armed.slot, align 8, !dbg !7
  %C.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %C = load double, double* %C.slot, align 8, !dbg !7
  %gL.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %gL = load double, double* %gL.slot, align 8, !dbg !7
  %gCa.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %gCa = load double, double* %gCa.slot, align 8, !dbg !7
  %gK.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %gK = load double, double* %gK.slot, align 8, !dbg !7
  %VL.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %VL = load double, double* %VL.slot, align 8, !dbg !7
  %VCa.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %VCa = load double, double* %VCa.slot, align 8, !dbg !7
  %VK.slot = getelementptr inbounds double, double* %params, i64 6, !dbg !7
  %VK = load double, double* %VK.slot, align 8, !dbg !7
  %V1.slot = getelementptr inbounds double, double* %params, i64 7, !dbg !7
  %V1 = load double, double* %V1.slot, align 8, !dbg !7
  %V2.slot = getelementptr inbounds double, double* %params, i64 8, !dbg !7
  %V2 = load double, double* %V2.slot, align 8, !dbg !7
  %V3.slot = getelementptr inbounds double, double* %params, i64 9, !dbg !7
  %V3 = load double, double* %V3.slot, align 8, !dbg !7
  %V4.slot = getelementptr inbounds double, double* %params, i64 10, !dbg !7
  %V4 = load double, double* %V4.slot, align 8, !dbg !7
  %phi.slot = getelementptr inbounds double, double* %params, i64 11, !dbg !7
  %phi = load double, double* %phi.slot, align 8, !dbg !7
  %V_th.slot = getelementptr inbounds double, double* %params, i64 12, !dbg !7
  %V_th = load double, double* %V_th.slot, align 8, !dbg !7
  ; models/morris_lecar.ts:57  [this.V, this.w] = step(this.dVw, this.V, this.w, this.I);
  %u0 = fdiv double %dt, 6.000000e+00, !dbg !8
  %u1 = fmul double 5.000000e-01, %dt, !dbg !8
  ; models/morris_lecar.ts:49  const x = (V - this.V3) / (2 * this.V4);
  %u2 = fmul double 2.000000e+00, %V4, !dbg !9
  %0 = icmp slt i64 %begin, %end, !dbg !9
  br i1 %0, label %neuron, label %done, !dbg !9

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !9
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !9
  ; models/morris_lecar.ts:57  [this.V, this.w] = step(this.dVw, this.V, this.w, this.I);
  %V.addr = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !10
  %V = load double, double* %V.addr, align 8, !dbg !10
  %I.addr = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !11
  %I = load double, double* %I.addr, align 8, !dbg !11
  ; models/morris_lecar.ts:51  const ionic = this.gL * (V - this.VL) + this.gCa * m_inf * (V - this.VCa) + this.gK * w * (V - this.VK);
  %1 = fsub double %V, %VL, !dbg !12
  %2 = fmul double %gL, %1, !dbg !12
  ; models/morris_lecar.ts:47  const m_inf = 1 / (1 + Math.exp((-2 * (V - this.V1)) / this.V2)); // (1 + tanh((V - V1)/V2)) / 2
  %3 = fsub double %V, %V1, !dbg !13
  %4 = fmul double -2.000000e+00, %3, !dbg !13
  %5 = fdiv double %4, %V2, !dbg !14
  %6 = call double @llvm.exp.f64(double %5), !dbg !14
  %7 = fadd double 1.000000e+00, %6, !dbg !14
  %8 = fdiv double 1.000000e+00, %7, !dbg !14
  %9 = fmul double %gCa, %8, !dbg !14
  ; models/morris_lecar.ts:51  const ionic = this.gL * (V - this.VL) + this.gCa * m_inf * (V - this.VCa) + this.gK * w * (V - this.VK);
  %10 = fsub double %V, %VCa, !dbg !15
  %11 = fmul double %9, %10, !dbg !15
  %12 = fadd double %2, %11, !dbg !15
  ; models/morris_lecar.ts:57  [this.V, this.w] = step(this.dVw, this.V, this.w, this.I);
  %w.addr = getelementptr inbounds double, double* %w.ptr, i64 %i, !dbg !16
  %w = load double, double* %w.addr, align 8, !dbg !16
  %13 = fmul double %gK, %w, !dbg !16
  ; models/morris_lecar.ts:51  const ionic = this.gL * (V - this.VL) + this.gCa * m_inf * (V - this.VCa) + this.gK * w * (V - this.VK);
  %14 = fsub double %V, %VK, !dbg !17
  %15 = fmul double %13, %14, !dbg !17
  %16 = fadd double %12, %15, !dbg !17
  %17 = fsub double %I, %16, !dbg !17
  ; models/morris_lecar.ts:52  return [(I - ionic) / this.C, rate * (w_inf - w)];
  %18 = fdiv double %17, %C, !dbg !18
  ; models/morris_lecar.ts:57  [this.V, this.w] = step(this.dVw, this.V, this.w, this.I);
  %19 = fmul double %u1, %18, !dbg !8
  %20 = fadd double %V, %19, !dbg !8
  %21 = fsub double %20, %VL, !dbg !8
  %22 = fmul double %gL, %21, !dbg !8
  ; models/morris_lecar.ts:47  const m_inf = 1 / (1 + Math.exp((-2 * (V - this.V1)) / this.V2)); // (1 + tanh((V - V1)/V2)) / 2
  %23 = fsub double %20, %V1, !dbg !19
  %24 = fmul double -2.000000e+00, %23, !dbg !19
  %25 = fdiv double %24, %V2, !dbg !19
  %26 = call double @llvm.exp.f64(double %25), !dbg !19
  %27 = fadd double 1.000000e+00, %26, !dbg !19
  %28 = fdiv double 1.000000e+00, %27, !dbg !19
  %29 = fmul double %gCa, %28, !dbg !19
  ; models/morris_lecar.ts:51  const ionic = this.gL * (V - this.VL) + this.gCa * m_inf * (V - this.VCa) + this.gK * w * (V - this.VK);
  %30 = fsub double %20, %VCa, !dbg !20
  %31 = fmul double %29, %30, !dbg !20
  %32 = fadd double %22, %31, !dbg !20
  ; models/morris_lecar.ts:49  const x = (V - this.V3) / (2 * this.V4);
  %33 = fsub double %V, %V3, !dbg !21
  %34 = fdiv double %33, %u2, !dbg !22
  %35 = call double @llvm.exp.f64(double %34), !dbg !22
  ; models/morris_lecar.ts:50  const rate = (this.phi * (Math.exp(x) + Math.exp(-x))) / 2; // phi cosh(x) = phi / tau_w
  %36 = fneg double %34, !dbg !23
  %37 = call double @llvm.exp.f64(double %36), !dbg !23
  %38 = fadd double %35, %37, !dbg !23
  %39 = fmul double %phi, %38, !dbg !23
  %40 = fdiv double %39, 2.000000e+00, !dbg !24
  ; models/morris_lecar.ts:48  const w_inf = 1 / (1 + Math.exp((-2 * (V - this.V3)) / this.V4)); // (1 + tanh((V - V3)/V4)) / 2
  %41 = fsub double %V, %V3, !dbg !25
  %42 = fmul double -2.000000e+00, %41, !dbg !25
  %43 = fdiv double %42, %V4, !dbg !26
  %44 = call double @llvm.exp.f64(double %43), !dbg !26
  %45 = fadd double 1.000000e+00, %44, !dbg !26
  %46 = fdiv double 1.000000e+00, %45, !dbg !26
  %47 = fsub double %46, %w, !dbg !26
  %48 = fmul double %40, %47, !dbg !26
  %49 = fmul double %u1, %48, !dbg !26
  %50 = fadd double %w, %49, !dbg !26
  %51 = fmul double %gK, %50, !dbg !26
  ; models/morris_lecar.ts:51  const ionic = this.gL * (V - this.VL) + this.gCa * m_inf * (V - this.VCa) + this.gK * w * (V - this.VK);
  %52 = fsub double %20, %VK, !dbg !27
  %53 = fmul double %51, %52, !dbg !27
  %54 = fadd double %32, %53, !dbg !27
  %55 = fsub double %I, %54, !dbg !27
  %56 = fdiv double %55, %C, !dbg !27
  %57 = fmul double 2.000000e+00, %56, !dbg !27
  %58 = fadd double %18, %57, !dbg !27
  ; models/morris_lecar.ts:57  [this.V, this.w] = step(this.dVw, this.V, this.w, this.I);
  %59 = fmul double %u1, %56, !dbg !8
  %60 = fadd double %V, %59, !dbg !8
  %61 = fsub double %60, %VL, !dbg !8
  %62 = fmul double %gL, %61, !dbg !8
  ; models/morris_lecar.ts:47  const m_inf = 1 / (1 + Math.exp((-2 * (V - this.V1)) / this.V2)); // (1 + tanh((V - V1)/V2)) / 2
  %63 = fsub double %60, %V1, !dbg !19
  %64 = fmul double -2.000000e+00, %63, !dbg !19
  %65 = fdiv double %64, %V2, !dbg !19
  %66 = call double @llvm.exp.f64(double %65), !dbg !19
  %67 = fadd double 1.000000e+00, %66, !dbg !19
  %68 = fdiv double 1.000000e+00, %67, !dbg !19
  %69 = fmul double %gCa, %68, !dbg !19
  ; models/morris_lecar.ts:51  const ionic = this.gL * (V - this.VL) + this.gCa * m_inf * (V - this.VCa) + this.gK * w * (V - this.VK);
  %70 = fsub double %60, %VCa, !dbg !20
  %71 = fmul double %69, %70, !dbg !20
  %72 = fadd double %62, %71, !dbg !20
  ; models/morris_lecar.ts:49  const x = (V - this.V3) / (2 * this.V4);
  %73 = fsub double %20, %V3, !dbg !28
  %74 = fdiv double %73, %u2, !dbg !28
  %75 = call double @llvm.exp.f64(double %74), !dbg !28
  ; models/morris_lecar.ts:50  const rate = (this.phi * (Math.exp(x) + Math.exp(-x))) / 2; // phi cosh(x) = phi / tau_w
  %76 = fneg double %74, !dbg !23
  %77 = call double @llvm.exp.f64(double %76), !dbg !23
  %78 = fadd double %75, %77, !dbg !23
  %79 = fmul double %phi, %78, !dbg !23
  %80 = fdiv double %79, 2.000000e+00, !dbg !23
  ; models/morris_lecar.ts:48  const w_inf = 1 / (1 + Math.exp((-2 * (V - this.V3)) / this.V4)); // (1 + tanh((V - V3)/V4)) / 2
  %81 = fsub double %20, %V3, !dbg !29
  %82 = fmul double -2.000000e+00, %81, !dbg !29
  %83 = fdiv double %82, %V4, !dbg !29
  %84 = call double @llvm.exp.f64(double %83), !dbg !29
  %85 = fadd double 1.000000e+00, %84, !dbg !29
  %86 = fdiv double 1.000000e+00, %85, !dbg !29
  %87 = fsub double %86, %50, !dbg !29
  %88 = fmul double %80, %87, !dbg !29
  %89 = fmul double %u1, %88, !dbg !29
  %90 = fadd double %w, %89, !dbg !29
  %91 = fmul double %gK, %90, !dbg !29
  ; models/morris_lecar.ts:51  const ionic = this.gL * (V - this.VL) + this.gCa * m_inf * (V - this.VCa) + this.gK * w * (V - this.VK);
  %92 = fsub double %60, %VK, !dbg !27
  %93 = fmul double %91, %92, !dbg !27
  %94 = fadd double %72, %93, !dbg !27
  %95 = fsub double %I, %94, !dbg !27
  %96 = fdiv double %95, %C, !dbg !27
  %97 = fmul double 2.000000e+00, %96, !dbg !27
  %98 = fadd double %58, %97, !dbg !27
  ; models/morris_lecar.ts:57  [this.V, this.w] = step(this.dVw, this.V, this.w, this.I);
  %99 = fmul double %dt, %96, !dbg !8
  %100 = fadd double %V, %99, !dbg !8
  %101 = fsub double %100, %VL, !dbg !8
  %102 = fmul double %gL, %101, !dbg !8
  ; models/morris_lecar.ts:47  const m_inf = 1 / (1 + Math.exp((-2 * (V - this.V1)) / this.V2)); // (1 + tanh((V - V1)/V2)) / 2
  %103 = fsub double %100, %V1, !dbg !19
  %104 = fmul double -2.000000e+00, %103, !dbg !19
  %105 = fdiv double %104, %V2, !dbg !19
  %106 = call double @llvm.exp.f64(double %105), !dbg !19
  %107 = fadd double 1.000000e+00, %106, !dbg !19
  %108 = fdiv double 1.000000e+00, %107, !dbg !19
  %109 = fmul double %gCa, %108, !dbg !19
  ; models/morris_lecar.ts:51  const ionic = this.gL * (V - this.VL) + this.gCa * m_inf * (V - this.VCa) + this.gK * w * (V - this.VK);
  %110 = fsub double %100, %VCa, !dbg !20
  %111 = fmul double %109, %110, !dbg !20
  %112 = fadd double %102, %111, !dbg !20
  ; models/morris_lecar.ts:49  const x = (V - this.V3) / (2 * this.V4);
  %113 = fsub double %60, %V3, !dbg !28
  %114 = fdiv double %113, %u2, !dbg !28
  %115 = call double @llvm.exp.f64(double %114), !dbg !28
  ; models/morris_lecar.ts:50  const rate = (this.phi * (Math.exp(x) + Math.exp(-x))) / 2; // phi cosh(x) = phi / tau_w
  %116 = fneg double %114, !dbg !23
  %117 = call double @llvm.exp.f64(double %116), !dbg !23
  %118 = fadd double %115, %117, !dbg !23
  %119 = fmul double %phi, %118, !dbg !23
  %120 = fdiv double %119, 2.000000e+00, !dbg !23
  ; models/morris_lecar.ts:48  const w_inf = 1 / (1 + Math.exp((-2 * (V - this.V3)) / this.V4)); // (1 + tanh((V - V3)/V4)) / 2
  %121 = fsub double %60, %V3, !dbg !29
  %122 = fmul double -2.000000e+00, %121, !dbg !29
  %123 = fdiv double %122, %V4, !dbg !29
  %124 = call double @llvm.exp.f64(double %123), !dbg !29
  %125 = fadd double 1.000000e+00, %124, !dbg !29
  %126 = fdiv double 1.000000e+00, %125, !dbg !29
  %127 = fsub double %126, %90, !dbg !29
  %128 = fmul double %120, %127, !dbg !29
  %129 = fmul double %dt, %128, !dbg !29
  %130 = fadd double %w, %129, !dbg !29
  %131 = fmul double %gK, %130, !dbg !29
  ; models/morris_lecar.ts:51  const ionic = this.gL * (V - this.VL) + this.gCa * m_inf * (V - this.VCa) + this.gK * w * (V - this.VK);
  %132 = fsub double %100, %VK, !dbg !27
  %133 = fmul double %131, %132, !dbg !27
  %134 = fadd double %112, %133, !dbg !27
  %135 = fsub double %I, %134, !dbg !27
  %136 = fdiv double %135, %C, !dbg !27
  %137 = fadd double %98, %136, !dbg !27
  %138 = fmul double %u0, %137, !dbg !27
  %V.next = fadd double %V, %138, !dbg !27
  ; models/morris_lecar.ts:57  [this.V, this.w] = step(this.dVw, this.V, this.w, this.I);
  %139 = fmul double 2.000000e+00, %88, !dbg !8
  %140 = fadd double %48, %139, !dbg !8
  %141 = fmul double 2.000000e+00, %128, !dbg !8
  %142 = fadd double %140, %141, !dbg !8
  ; models/morris_lecar.ts:49  const x = (V - this.V3) / (2 * this.V4);
  %143 = fsub double %100, %V3, !dbg !28
  %144 = fdiv double %143, %u2, !dbg !28
  %145 = call double @llvm.exp.f64(double %144), !dbg !28
  ; models/morris_lecar.ts:50  const rate = (this.phi * (Math.exp(x) + Math.exp(-x))) / 2; // phi cosh(x) = phi / tau_w
  %146 = fneg double %144, !dbg !23
  %147 = call double @llvm.exp.f64(double %146), !dbg !23
  %148 = fadd double %145, %147, !dbg !23
  %149 = fmul double %phi, %148, !dbg !23
  %150 = fdiv double %149, 2.000000e+00, !dbg !23
  ; models/morris_lecar.ts:48  const w_inf = 1 / (1 + Math.exp((-2 * (V - this.V3)) / this.V4)); // (1 + tanh((V - V3)/V4)) / 2
  %151 = fsub double %100, %V3, !dbg !29
  %152 = fmul double -2.000000e+00, %151, !dbg !29
  %153 = fdiv double %152, %V4, !dbg !29
  %154 = call double @llvm.exp.f64(double %153), !dbg !29
  %155 = fadd double 1.000000e+00, %154, !dbg !29
  %156 = fdiv double 1.000000e+00, %155, !dbg !29
  %157 = fsub double %156, %130, !dbg !29
  %158 = fmul double %150, %157, !dbg !29
  %159 = fadd double %142, %158, !dbg !29
  %160 = fmul double %u0, %159, !dbg !29
  %w.next = fadd double %w, %160, !dbg !29
  ; models/morris_lecar.ts:58  this.spikeOnUpwardCrossing(V0, this.V, this.V_th);
  %161 = fcmp ogt double %V.next, %V_th, !dbg !30
  ; models/morris_lecar.ts:56  const V0 = this.V; // the value at the step's start
  %162 = fcmp ogt double %V, %V_th, !dbg !31
  %163 = xor i1 %162, true, !dbg !31
  ; runtime/crossing.ts:17  @state armed = 1; // 1
  %armed.addr = getelementptr inbounds double, double* %armed.ptr, i64 %i, !dbg !32
  %armed = load double, double* %armed.addr, align 8, !dbg !32
  %164 = select i1 %163, double 1.000000e+00, double %armed, !dbg !32
  ; runtime/crossing.ts:27  if (after > threshold && this.armed > 0.5) {
  %165 = fcmp ogt double %164, 5.000000e-01, !dbg !35
  %166 = and i1 %161, %165, !dbg !35
  ; runtime/crossing.ts:28  this.armed = 0;
  %armed.next = select i1 %166, double 0.000000e+00, double %164, !dbg !36
  ; models/morris_lecar.ts:57  [this.V, this.w] = step(this.dVw, this.V, this.w, this.I);
  %V.addr1 = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !37
  store double %V.next, double* %V.addr1, align 8, !dbg !37
  %167 = fsub double %V.next, %V.next, !dbg !37
  %168 = bitcast double %167 to i64, !dbg !37
  %V.bad = or i64 0, %168, !dbg !37
  %w.addr2 = getelementptr inbounds double, double* %w.ptr, i64 %i, !dbg !37
  store double %w.next, double* %w.addr2, align 8, !dbg !37
  %169 = fsub double %w.next, %w.next, !dbg !37
  %170 = bitcast double %169 to i64, !dbg !37
  %w.bad = or i64 %V.bad, %170, !dbg !37
  ; runtime/crossing.ts:28  this.armed = 0;
  %armed.addr3 = getelementptr inbounds double, double* %armed.ptr, i64 %i, !dbg !38
  store double %armed.next, double* %armed.addr3, align 8, !dbg !38
  %171 = fsub double %armed.next, %armed.next, !dbg !38
  %172 = bitcast double %171 to i64, !dbg !38
  %armed.bad = or i64 %w.bad, %172, !dbg !38
  ; models/morris_lecar.ts:43  @current I = 0; // uA/cm2
  %I.addr4 = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !39
  store double 0.000000e+00, double* %I.addr4, align 8, !dbg !39
  ; models/morris_lecar.ts:55  update(t: number, dt: number) {
  %spiked.byte = zext i1 %166 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, %armed.bad, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %173 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %173, label %neuron, label %done, !dbg !7

done:                                             ; preds = %neuron, %entry
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  %174 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %174 to i32, !dbg !7
  ret i32 %result, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.exp.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "morris_lecar.ts", directory: "models")
!4 = distinct !DISubprogram(name: "MorrisLecar.update", linkageName: "MorrisLecar_update", scope: !3, file: !3, line: 55, type: !5, scopeLine: 55, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 55, column: 3, scope: !4)
!8 = !DILocation(line: 57, column: 24, scope: !4)
!9 = !DILocation(line: 49, column: 36, scope: !4)
!10 = !DILocation(line: 57, column: 39, scope: !4)
!11 = !DILocation(line: 57, column: 55, scope: !4)
!12 = !DILocation(line: 51, column: 34, scope: !4)
!13 = !DILocation(line: 47, column: 48, scope: !4)
!14 = !DILocation(line: 47, column: 60, scope: !4)
!15 = !DILocation(line: 51, column: 69, scope: !4)
!16 = !DILocation(line: 57, column: 47, scope: !4)
!17 = !DILocation(line: 51, column: 100, scope: !4)
!18 = !DILocation(line: 52, column: 27, scope: !4)
!19 = !DILocation(line: 47, column: 44, scope: !4)
!20 = !DILocation(line: 51, column: 65, scope: !4)
!21 = !DILocation(line: 49, column: 20, scope: !4)
!22 = !DILocation(line: 49, column: 32, scope: !4)
!23 = !DILocation(line: 50, column: 54, scope: !4)
!24 = !DILocation(line: 50, column: 62, scope: !4)
!25 = !DILocation(line: 48, column: 48, scope: !4)
!26 = !DILocation(line: 48, column: 60, scope: !4)
!27 = !DILocation(line: 51, column: 96, scope: !4)
!28 = !DILocation(line: 49, column: 16, scope: !4)
!29 = !DILocation(line: 48, column: 44, scope: !4)
!30 = !DILocation(line: 58, column: 44, scope: !4)
!31 = !DILocation(line: 56, column: 16, scope: !4)
!32 = !DILocation(line: 17, column: 3, scope: !33)
!33 = distinct !DILexicalBlock(scope: !4, file: !34, line: 1, column: 1)
!34 = !DIFile(filename: "crossing.ts", directory: "runtime")
!35 = !DILocation(line: 27, column: 43, scope: !33)
!36 = !DILocation(line: 28, column: 20, scope: !33)
!37 = !DILocation(line: 57, column: 5, scope: !4)
!38 = !DILocation(line: 28, column: 7, scope: !33)
!39 = !DILocation(line: 43, column: 3, scope: !4)
; braints-hash: 2adde28758e8f1edf13ff9a91a65f4a7b7e14c0bca0263869a98153a57c9929e
